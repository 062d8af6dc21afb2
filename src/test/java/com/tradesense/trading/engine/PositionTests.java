package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesense.trading.PositionSide;
import org.junit.jupiter.api.Test;

/**
 * Average-cost position accounting: realized P&L = proceeds - cost removed pro rata (the average cost method,
 * IRS Publication 550 "Average basis", https://www.irs.gov/publications/p550).
 */
class PositionTests {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void partialSellRealizesAgainstTheAverageCost() {
        Position position = new Position(EngineFixtures.STOCK);
        position.apply(1, d("10"), d("1000.00"), d("1.00"), Instant.EPOCH, 2, "USD");
        position.apply(1, d("10"), d("1200.00"), d("1.00"), Instant.EPOCH, 2, "USD");
        assertThat(position.averageEntryPrice()).isEqualByComparingTo("110");
        Position.Applied applied = position.apply(-1, d("5"), d("650.00"), d("1.00"), Instant.EPOCH, 2, "USD");
        assertThat(applied.realized()).isEqualByComparingTo("100.00"); // 650 - 5 x 110
        assertThat(position.cost).isEqualByComparingTo("1650.00");
        assertThat(applied.closed()).isNull();
    }

    @Test
    void aFillThroughZeroClosesTheRoundTripAndOpensTheOtherSide() {
        Position position = new Position(EngineFixtures.STOCK);
        position.apply(1, d("10"), d("1000.00"), d("1.00"), Instant.EPOCH, 2, "USD");
        Position.Applied applied = position.apply(-1, d("15"), d("1800.00"), d("1.00"), Instant.EPOCH, 2, "USD");
        assertThat(applied.realized()).isEqualByComparingTo("200.00"); // 10 x 120 - 1000
        assertThat(applied.closed().side()).isEqualTo(PositionSide.LONG);
        assertThat(applied.closed().fees()).isEqualByComparingTo("2.00");
        assertThat(applied.opened()).isTrue();
        assertThat(position.quantity).isEqualByComparingTo("-5");
        assertThat(position.cost).isEqualByComparingTo("-600.00");
    }

    @Test
    void coveringAShortBelowTheEntryIsAGain() {
        Position position = new Position(EngineFixtures.STOCK);
        position.apply(-1, d("10"), d("1000.00"), BigDecimal.ZERO, Instant.EPOCH, 2, "USD");
        Position.Applied applied = position.apply(1, d("10"), d("900.00"), BigDecimal.ZERO, Instant.EPOCH, 2, "USD");
        assertThat(applied.realized()).isEqualByComparingTo("100.00");
        assertThat(applied.closed().side()).isEqualTo(PositionSide.SHORT);
        assertThat(applied.closed().avgExitPrice()).isEqualByComparingTo("90");
    }
}
