package com.tradesense.marketdata.live;

import java.util.Set;

/**
 * One upstream source of live market data (the simulated exchange, Massive.com, Yahoo Finance, the Casablanca
 * bourse). The app holds one connection per provider and fans it out in-process, so a feed is started once with the
 * catalog symbols it is responsible for.
 */
public interface MarketFeed {

    /** Stable provider id: {@code simulated}, {@code massive}, {@code yahoo}, {@code bvc}. */
    String provider();

    /** Starts delivering the given symbols into {@code sink} on the feed's own threads; returns at once. */
    void start(Set<String> symbols, FeedSink sink);

    /** Stops delivering and releases connections and threads; idempotent. */
    void stop();

    /** How the feed is doing now, for {@code GET /api/v1/market/health}. */
    FeedHealth health();
}
