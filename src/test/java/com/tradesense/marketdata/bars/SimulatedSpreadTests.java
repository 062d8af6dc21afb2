package com.tradesense.marketdata.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.tradesense.marketdata.TestUniverse;
import org.junit.jupiter.api.Test;

class SimulatedSpreadTests {

    @Test
    void usStockHalfSpreadIsOneBasisPointRoundedToTheTick() {
        // 230 x 0.0001 = 0.023, two ticks of 0.01
        assertThat(SimulatedSpread.half(TestUniverse.AAPL.instrument(), new BigDecimal("230")))
                .isEqualByComparingTo("0.02");
    }

    @Test
    void halfSpreadIsNeverLessThanOneTick() {
        assertThat(SimulatedSpread.half(TestUniverse.AAPL.instrument(), new BigDecimal("5")))
                .isEqualByComparingTo("0.01");
    }

    @Test
    void casablancaStocksQuoteTwelveTimesWider() {
        // 700 x 0.0012 = 0.84, rounded to the 0.10 tick
        assertThat(SimulatedSpread.half(TestUniverse.ATW.instrument(), new BigDecimal("700")))
                .isEqualByComparingTo("0.80");
    }

    @Test
    void anIndexHasNoSpread() {
        assertThat(SimulatedSpread.half(TestUniverse.SPX.instrument(), new BigDecimal("6000"))).isZero();
    }
}
