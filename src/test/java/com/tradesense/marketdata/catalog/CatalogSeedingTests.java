package com.tradesense.marketdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.tradesense.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class CatalogSeedingTests {

    @Autowired
    CatalogSeeder seeder;

    @Autowired
    InstrumentRepository repository;

    @Test
    void seedingAgainAddsNothingAndKeepsWhatAnAdminChanged() {
        int before = repository.findAll().size();
        repository.updateEnabled("SID", false, Instant.parse("2026-11-22T10:00:00Z"));
        try {
            seeder.seed();

            assertThat(repository.findAll()).hasSize(before);
            assertThat(repository.find("SID").orElseThrow().instrument().enabled()).isFalse();
        } finally {
            repository.updateEnabled("SID", true, Instant.parse("2026-11-22T10:00:00Z"));
        }
    }

    @Test
    void storedInstrumentsReadBackAsSeeded() {
        CatalogEntry bitcoin = repository.find("BTC-USD").orElseThrow();

        assertThat(bitcoin.instrument().lotSize().toPlainString()).isEqualTo("0.00000001");
        assertThat(bitcoin.instrument().tickSize().toPlainString()).isEqualTo("0.01");
        assertThat(bitcoin.profile().referencePrice().toPlainString()).isEqualTo("90000");
        assertThat(bitcoin.profile().dailyVolatilityPercent()).isEqualTo(3.0);
    }
}
