package com.tradesense.marketdata.providers;

import java.time.Instant;
import java.util.List;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;

/**
 * Bar history from a real provider's REST API, for backfilling the store instead of (or after) the simulator.
 * Bars are the provider's own: intraday windows follow its alignment (Massive aligns hours to the clock, not to the
 * 09:30 session start), so backfill 1-minute and daily bars and let the store aggregate the rest.
 */
public interface HistoryProvider {

    /** {@link com.tradesense.marketdata.live.MarketFeed#provider()} of the same adapter. */
    String provider();

    /** Whether this provider can serve that catalog symbol at that interval. */
    boolean supports(String symbol, Interval interval);

    /**
     * Bars starting in {@code [from, to)}, oldest first, prices on the instrument's tick; empty when the provider
     * has none.
     *
     * @throws ProviderException when the provider fails and nothing is cached for that request
     */
    Fetched<List<Bar>> bars(String symbol, Interval interval, Instant from, Instant to);
}
