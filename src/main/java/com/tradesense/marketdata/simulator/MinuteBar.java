package com.tradesense.marketdata.simulator;

/**
 * One simulated minute in tick units, reused from minute to minute so generating millions of bars allocates nothing
 * per bar. {@code prints[0]} is the open and {@code prints[printCount - 1]} the close.
 */
final class MinuteBar {

    static final int MAX_PRINTS = 64;

    long minute;
    long open;
    long high;
    long low;
    long close;
    long volume;
    boolean extended;
    int printCount;
    final long[] prints = new long[MAX_PRINTS];
    /** Scratch for the random walk the prints are bridged from. */
    final double[] walk = new double[MAX_PRINTS];

    /** Cumulative volume traded up to and including print {@code k}: the minute's volume split evenly. */
    long volumeThrough(int k) {
        return volume * (k + 1) / printCount;
    }
}
