package com.tradesense.analytics.indicators;

/** Wilder's true range: the bar's range extended to the previous close. */
final class TrueRange {

    private TrueRange() {
    }

    static double of(double high, double low, double previousClose) {
        return Math.max(high, previousClose) - Math.min(low, previousClose);
    }
}
