package com.tradesense.analytics.indicators;

/**
 * Bars as parallel primitive arrays, oldest first, the form every batch kernel reads. {@code session} numbers the
 * trading day each bar belongs to (any id that changes at a session start), for VWAP.
 */
public record OhlcvArrays(double[] high, double[] low, double[] close, double[] volume, int[] session) {

    public int length() {
        return close.length;
    }
}
