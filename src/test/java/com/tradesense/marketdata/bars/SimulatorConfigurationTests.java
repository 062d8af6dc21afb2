package com.tradesense.marketdata.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;

import javax.sql.DataSource;

import com.tradesense.marketdata.TestUniverse;
import com.tradesense.marketdata.simulator.MarketSimulator;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class SimulatorConfigurationTests {

    /** Never connected to: these tests only look at which beans exist. */
    private static final DataSource UNUSED = new DriverManagerDataSource("jdbc:postgresql://unused/unused");

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(SimulatorConfiguration.class))
            .withBean(BarRepository.class, () -> new BarRepository(JdbcClient.create(UNUSED), UNUSED))
            .withBean(Clock.class, Clock::systemUTC);

    @Test
    void theSimulatorRunsWhenTheCatalogProvidesAUniverse() {
        context.withBean(SimulationUniverse.class, TestUniverse::all).run(app -> {
            assertThat(app).hasSingleBean(MarketSimulator.class).hasSingleBean(HistoryBackfill.class);
            assertThat(app.getBean(SimulatorProperties.class).intradayDays()).isEqualTo(30);
        });
    }

    @Test
    void withoutAUniverseThereIsNothingToSimulate() {
        context.run(app -> assertThat(app).doesNotHaveBean(HistoryBackfill.class)
                .doesNotHaveBean(MarketSimulator.class));
    }

    @Test
    void theSimulatorCanBeSwitchedOff() {
        context.withBean(SimulationUniverse.class, TestUniverse::all)
                .withPropertyValues("tradesense.marketdata.simulator.enabled=false")
                .run(app -> assertThat(app).doesNotHaveBean(HistoryBackfill.class));
    }
}
