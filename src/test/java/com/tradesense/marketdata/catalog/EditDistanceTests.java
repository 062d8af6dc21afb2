package com.tradesense.marketdata.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EditDistanceTests {

    @Test
    void countsEachKindOfSlipAsOneEdit() {
        assertThat(EditDistance.between("AAPL", "AAPL")).isZero();
        assertThat(EditDistance.between("AAPL", "APPL")).isEqualTo(1); // substitution
        assertThat(EditDistance.between("MSFT", "MFST")).isEqualTo(1); // adjacent transposition
        assertThat(EditDistance.between("NVDA", "NVDIA")).isEqualTo(1); // insertion
        assertThat(EditDistance.between("TSLA", "TSL")).isEqualTo(1); // deletion
        assertThat(EditDistance.between("AMZN", "AMD")).isEqualTo(2);
    }
}
