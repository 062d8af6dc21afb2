package com.tradesense.marketdata;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A change of an instrument's live price, as the feed heard it: the last trade and the best bid and ask. Fills,
 * stop triggers and alerts react to these; charts and tickers read {@link Quote}s.
 *
 * @param lastSize units traded in the prints since the previous tick of this symbol; 0 when only the book moved
 */
public record PriceTick(String symbol, BigDecimal last, BigDecimal bid, BigDecimal ask, long lastSize,
        Instant timestamp) {
}
