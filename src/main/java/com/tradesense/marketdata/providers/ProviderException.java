package com.tradesense.marketdata.providers;

import java.time.Duration;

/**
 * A provider call that failed. Messages never carry API keys: {@link ProviderHttp} masks them before it builds one.
 */
public class ProviderException extends RuntimeException {

    public enum Kind {
        /** 429: worth retrying after {@link #retryAfter()}. */
        RATE_LIMITED(true),
        /** 401/403: the key is wrong or the plan does not cover the data; retrying will not help. */
        UNAUTHORIZED(false),
        /** 404 or an unknown symbol: an answer, not a failure of the provider. */
        NOT_FOUND(false),
        /** 5xx, timeouts, refused connections. */
        UNAVAILABLE(true),
        /** A 2xx body we cannot read, or a 4xx other than the above. */
        BAD_RESPONSE(false),
        /** The circuit breaker is open and nothing is cached. */
        CIRCUIT_OPEN(false);

        private final boolean retryable;

        Kind(boolean retryable) {
            this.retryable = retryable;
        }

        public boolean retryable() {
            return retryable;
        }
    }

    private final String provider;
    private final Kind kind;
    private final Duration retryAfter;

    public ProviderException(String provider, Kind kind, String message) {
        this(provider, kind, message, null, null);
    }

    public ProviderException(String provider, Kind kind, String message, Duration retryAfter, Throwable cause) {
        super(provider + ": " + message, cause);
        this.provider = provider;
        this.kind = kind;
        this.retryAfter = retryAfter;
    }

    public String provider() {
        return provider;
    }

    public Kind kind() {
        return kind;
    }

    /** The provider's Retry-After on a 429, else null. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
