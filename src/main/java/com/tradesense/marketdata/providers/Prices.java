package com.tradesense.marketdata.providers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Provider numbers brought to what the store expects. */
public final class Prices {

    private Prices() {
    }

    /**
     * {@code price} on a multiple of {@code tick} (half-even), at the tick's scale. Yahoo sends binary floats
     * ({@code 75.0875015258789}) and sub-penny prints exist, while stored bars sit on the instrument's tick.
     */
    public static BigDecimal onTick(BigDecimal price, BigDecimal tick) {
        if (price == null) {
            return null;
        }
        BigDecimal ticks = price.divide(tick, 0, RoundingMode.HALF_EVEN);
        return ticks.multiply(tick).setScale(Math.max(0, tick.scale()), RoundingMode.UNNECESSARY);
    }

    /**
     * Epoch milliseconds from a provider timestamp that may be in nanoseconds (Massive REST for stocks) or
     * milliseconds (its WebSocket, crypto and FX REST): no millisecond timestamp before the year 33658 exceeds 10^15.
     */
    public static long epochMillis(long timestamp) {
        return timestamp > 1_000_000_000_000_000L ? timestamp / 1_000_000 : timestamp;
    }

    /** A size in whole units, at least 1: crypto trades are fractional. */
    public static long wholeUnits(BigDecimal size) {
        if (size == null || size.signum() <= 0) {
            return 1;
        }
        return Math.max(1, size.setScale(0, RoundingMode.CEILING).longValueExact());
    }
}
