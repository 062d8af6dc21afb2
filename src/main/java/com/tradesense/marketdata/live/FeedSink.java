package com.tradesense.marketdata.live;

import java.math.BigDecimal;

import com.tradesense.marketdata.Bar;

/**
 * Where a live feed delivers what it hears, in the provider's own order. Called from the feed's threads; the
 * implementation is thread-safe, never blocks on the network and never throws for a symbol it does not know (it
 * drops it). Symbols are TradeSense catalog symbols ({@code AAPL}, {@code BTC-USD}, {@code EUR/USD}):
 * adapters map provider tickers ({@code X:BTCUSD}, {@code C:EURUSD}) before calling.
 */
public interface FeedSink {

    /** A trade print. {@code size} in whole units (crypto sizes rounded up to at least 1). */
    void trade(String symbol, long epochMillis, BigDecimal price, long size);

    /** A change of the best bid and ask. */
    void quote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask);

    /**
     * A completed 1-minute bar (the provider's minute aggregate, or one fetched to fill a gap after a reconnect).
     * Stored idempotently: delivering the same minute twice keeps one bar.
     */
    void minuteBar(String symbol, Bar bar);
}
