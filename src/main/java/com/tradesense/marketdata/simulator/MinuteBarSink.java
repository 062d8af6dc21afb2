package com.tradesense.marketdata.simulator;

/** Receives simulated 1-minute bars as primitives, prices in ticks, so bulk generation creates no objects per bar. */
@FunctionalInterface
public interface MinuteBarSink {

    void accept(long epochMinute, long open, long high, long low, long close, long volume, boolean extended);
}
