package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The largest market value one symbol's position may reach, per account currency. The fill model's displayed sizes
 * and linear impact stop being believable far beyond what a retail book shows, so orders that would build a position
 * past this are refused (POSITION_LIMIT) rather than filled at made-up prices. A currency without a limit has none.
 */
public record PositionLimit(Map<String, BigDecimal> maxValueByCurrency) {

    public static final PositionLimit NONE = new PositionLimit(Map.of());

    public PositionLimit {
        maxValueByCurrency = Map.copyOf(maxValueByCurrency);
    }

    /** Whether {@code units} of one symbol at {@code price} would be worth more than the limit allows. */
    public boolean exceeded(String currency, BigDecimal units, BigDecimal price) {
        BigDecimal max = maxValueByCurrency.get(currency);
        return max != null && units.abs().multiply(price).compareTo(max) > 0;
    }
}
