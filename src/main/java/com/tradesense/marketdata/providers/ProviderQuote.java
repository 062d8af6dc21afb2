package com.tradesense.marketdata.providers;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A provider's view of where an instrument trades now. Fields a provider does not publish are null (Yahoo's chart
 * API has no bid or ask), {@code volume} is 0 then.
 */
public record ProviderQuote(String symbol, BigDecimal price, BigDecimal bid, BigDecimal ask, BigDecimal open,
        BigDecimal dayHigh, BigDecimal dayLow, long volume, BigDecimal prevClose, Instant timestamp) {
}
