package com.tradesense.marketdata;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** How other modules read prices. */
public interface MarketData {

    /**
     * The latest quote of an instrument (symbols as {@link Instruments#find(String)} accepts them), or empty when the
     * symbol is unknown or nothing has traded yet.
     */
    Optional<Quote> quote(String symbol);

    /**
     * Bars starting from {@code from} (inclusive) to {@code to} (exclusive), oldest first, at most {@code limit}: the
     * newest ones when more exist, with the same limits and aggregation as {@code GET /api/v1/market/history}.
     *
     * @throws com.tradesense.platform.ApiException 404 for an unknown symbol, 400 for a bad limit or range
     */
    List<Bar> bars(String symbol, Interval interval, Instant from, Instant to, int limit, boolean extendedHours);

    /**
     * Calls {@code listener} with every live price change of every instrument, on the feed's thread, until the
     * returned handle is closed. Listeners must be fast and must not block: hand slow work to another thread. A
     * listener that throws is logged and kept.
     */
    PriceSubscription onPriceTick(Consumer<PriceTick> listener);
}
