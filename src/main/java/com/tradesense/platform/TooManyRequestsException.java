package com.tradesense.platform;

import java.time.Duration;

/** Rate limit exhausted: reported as 429 with a {@code Retry-After} header in whole seconds. */
public class TooManyRequestsException extends ApiException {

    private final Duration retryAfter;

    public TooManyRequestsException(String code, String detail, Duration retryAfter) {
        super(429, code, detail);
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    public long retryAfterSeconds() {
        return Math.max(1, (retryAfter.toMillis() + 999) / 1000);
    }
}
