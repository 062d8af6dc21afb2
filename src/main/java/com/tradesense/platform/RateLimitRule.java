package com.tradesense.platform;

import java.time.Duration;

/** {@code capacity} requests per {@code period}, refilled smoothly. */
public record RateLimitRule(long capacity, Duration period) {

    public RateLimitRule {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive");
        }
        if (period.isZero() || period.isNegative()) {
            throw new IllegalArgumentException("period must be positive");
        }
    }
}
