package com.tradesense.platform;

import java.time.Duration;

/** Outcome of a rate-limit check: whether it was allowed, tokens left and how long until the next one. */
public record RateLimitResult(boolean allowed, long remaining, Duration retryAfter) {
}
