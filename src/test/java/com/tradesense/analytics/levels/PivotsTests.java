package com.tradesense.analytics.levels;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import com.tradesense.analytics.PivotType;
import org.junit.jupiter.api.Test;

/**
 * Every family against its formulas in TradingView's "Pivot Points Standard" help
 * (https://www.tradingview.com/support/solutions/43000521824-pivot-points-standard/), worked by hand for previous
 * high 110, low 100, close 105, previous open 102 (DeMark) and current open 106 (Woodie).
 */
class PivotsTests {

    static final BigDecimal H = new BigDecimal("110");
    static final BigDecimal L = new BigDecimal("100");
    static final BigDecimal C = new BigDecimal("105");

    @Test
    void traditional() {
        assertLevels(PivotType.TRADITIONAL, null, Map.ofEntries(Map.entry("PP", "105"), Map.entry("R1", "110"),
                Map.entry("S1", "100"), Map.entry("R2", "115"), Map.entry("S2", "95"), Map.entry("R3", "120"),
                Map.entry("S3", "90"), Map.entry("R4", "125"), Map.entry("S4", "85"), Map.entry("R5", "130"),
                Map.entry("S5", "80")));
    }

    @Test
    void fibonacci() {
        assertLevels(PivotType.FIBONACCI, null, Map.of("PP", "105", "R1", "108.82", "S1", "101.18", "R2", "111.18",
                "S2", "98.82", "R3", "115", "S3", "95"));
    }

    @Test
    void woodieUsesTheCurrentOpen() {
        assertLevels(PivotType.WOODIE, new BigDecimal("106"), Map.of("PP", "105.5", "R1", "111", "S1", "101",
                "R2", "115.5", "S2", "95.5", "R3", "121", "S3", "91", "R4", "131", "S4", "81"));
    }

    @Test
    void classic() {
        assertLevels(PivotType.CLASSIC, null, Map.of("PP", "105", "R1", "110", "S1", "100", "R2", "115", "S2", "95",
                "R3", "125", "S3", "85", "R4", "135", "S4", "75"));
    }

    @Test
    void demarkWeighsTheHighAfterAnUpPeriodTheLowAfterADownOneAndTheCloseAfterAFlatOne() {
        // Up (close 105 > open 102): X = 2H + L + C = 425.
        assertLevels(PivotType.DEMARK, new BigDecimal("102"), Map.of("PP", "106.25", "R1", "112.5", "S1", "102.5"));
        // Down (open 108): X = 2L + H + C = 415.
        assertLevels(PivotType.DEMARK, new BigDecimal("108"), Map.of("PP", "103.75", "R1", "107.5", "S1", "97.5"));
        // Flat (open 105): X = H + L + 2C = 420.
        assertLevels(PivotType.DEMARK, new BigDecimal("105"), Map.of("PP", "105", "R1", "110", "S1", "100"));
    }

    @Test
    void camarillaWithTradingViewsR5AndR6() {
        assertLevels(PivotType.CAMARILLA, null, Map.ofEntries(Map.entry("PP", "105"), Map.entry("R1", "105.9167"),
                Map.entry("S1", "104.0833"), Map.entry("R2", "106.8333"), Map.entry("S2", "103.1667"),
                Map.entry("R3", "107.75"), Map.entry("S3", "102.25"), Map.entry("R4", "110.5"),
                Map.entry("S4", "99.5"), Map.entry("R5", "115.5"), Map.entry("S5", "94.5"),
                Map.entry("R6", "121.34"), Map.entry("S6", "88.66")));
    }

    @Test
    void exactToTheCentOnStockPricesWhereBinaryFloatingPointDrifts() {
        // (189.99 + 186.47 + 188.32) / 3 = 188.26 exactly; R1 = 2 * 188.26 - 186.47 = 190.05.
        var levels = Pivots.of(PivotType.TRADITIONAL, new BigDecimal("189.99"), new BigDecimal("186.47"),
                new BigDecimal("188.32"), null).levels();
        assertThat(levels.get("PP")).isEqualByComparingTo("188.26");
        assertThat(levels.get("R1")).isEqualByComparingTo("190.05");
        assertThat(levels.get("S1")).isEqualByComparingTo("186.53");
        assertThat(levels.get("PP").scale()).isEqualTo(4);
    }

    @Test
    void finerInputsKeepTwoMoreDecimals() {
        var levels = Pivots.of(PivotType.TRADITIONAL, new BigDecimal("1.08765"), new BigDecimal("1.08123"),
                new BigDecimal("1.08501"), null).levels();
        assertThat(levels.get("PP").scale()).isEqualTo(7);
        assertThat(levels.get("PP")).isEqualByComparingTo("1.0846300");
    }

    @Test
    void woodieAndDemarkNeedAnOpen() {
        assertThatThrownBy(() -> Pivots.of(PivotType.WOODIE, H, L, C, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pivots.of(PivotType.DEMARK, H, L, C, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Pivots.of(PivotType.CLASSIC, L, H, C, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertLevels(PivotType type, BigDecimal open, Map<String, String> expected) {
        var levels = Pivots.of(type, H, L, C, open).levels();
        assertThat(levels.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, value) -> assertThat(levels.get(name)).as(type + " " + name)
                .isEqualByComparingTo(value));
    }
}
