package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Supplier;

import com.tradesense.marketdata.providers.ProviderException.Kind;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.core.IntervalBiFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;

/**
 * Everything between an adapter and its provider's REST API: a cache with a TTL per kind of data, retries of rate
 * limits and outages with exponential backoff, and a circuit breaker that stops calling a provider that keeps
 * failing. When a call fails the last cached answer is returned marked {@link Fetched#stale()}; only with nothing
 * cached does the failure reach the caller. Not-found answers are neither retried nor counted against the provider.
 */
public final class ProviderGuard {

    private static final Logger log = LoggerFactory.getLogger(ProviderGuard.class);

    private final String provider;
    private final ProviderCache cache;
    private final ProviderProperties.Cache ttls;
    private final CircuitBreaker breaker;
    private final Retry retry;
    private final Clock clock;

    ProviderGuard(String provider, ProviderCache cache, ProviderProperties.Cache ttls,
            ProviderProperties.Resilience resilience, Clock clock) {
        this.provider = provider;
        this.cache = cache;
        this.ttls = ttls;
        this.clock = clock;
        this.breaker = CircuitBreaker.of(provider, CircuitBreakerConfig.custom()
                .failureRateThreshold(resilience.failureRate())
                .slidingWindowSize(resilience.window())
                .minimumNumberOfCalls(Math.min(resilience.window(), 5))
                .waitDurationInOpenState(resilience.openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .recordException(ProviderGuard::countsAgainstProvider)
                .build());
        this.retry = Retry.of(provider, RetryConfig.<Object>custom()
                .maxAttempts(Math.max(1, resilience.retryAttempts()))
                .retryOnException(e -> e instanceof ProviderException failure && failure.kind().retryable())
                .intervalBiFunction(backoff(resilience.retryBackoff(), resilience.maxRetryWait()))
                .failAfterMaxAttempts(false)
                .build());
    }

    public String provider() {
        return provider;
    }

    public CircuitBreaker circuitBreaker() {
        return breaker;
    }

    /** A cached answer while fresh, else a guarded call; on failure the last answer, marked stale. */
    public <T> Fetched<T> fetch(String key, DataKind kind, JavaType type, Supplier<T> call) {
        String cacheKey = provider + ":" + key;
        ProviderCache.Cached<T> cached = cache.get(cacheKey, type);
        Instant now = clock.instant();
        if (cached != null && cached.fetchedAt().plus(kind.ttl(ttls)).isAfter(now)) {
            return new Fetched<>(cached.value(), false, cached.fetchedAt());
        }
        try {
            T value = call(call);
            Instant fetchedAt = clock.instant();
            cache.put(cacheKey, new ProviderCache.Cached<>(value, fetchedAt), ttls.staleFor());
            return new Fetched<>(value, false, fetchedAt);
        } catch (ProviderException e) {
            if (e.kind() == Kind.NOT_FOUND || cached == null) {
                throw e;
            }
            log.debug("{} failed ({}); serving the answer of {}", provider, e.getMessage(), cached.fetchedAt());
            return new Fetched<>(cached.value(), true, cached.fetchedAt());
        }
    }

    /** A guarded call without the cache, for live polling where an old answer is no news. */
    public <T> T call(Supplier<T> call) {
        Supplier<T> guarded = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, call));
        try {
            return guarded.get();
        } catch (CallNotPermittedException open) {
            throw new ProviderException(provider, Kind.CIRCUIT_OPEN, "circuit open after repeated failures");
        }
    }

    private static boolean countsAgainstProvider(Throwable e) {
        return !(e instanceof ProviderException failure) || failure.kind() != Kind.NOT_FOUND;
    }

    private static IntervalBiFunction<Object> backoff(Duration first, Duration max) {
        return (attempt, outcome) -> {
            long exponential = first.toMillis() << Math.min(attempt - 1, 20);
            long wait = outcome.isLeft() && outcome.getLeft() instanceof ProviderException failure
                    && failure.retryAfter() != null ? failure.retryAfter().toMillis() : exponential;
            return Math.min(wait, max.toMillis());
        };
    }
}
