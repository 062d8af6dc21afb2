package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.live.MarketFeed;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.springframework.beans.factory.ObjectProvider;

/** The state of every live feed in the context (simulated one included), the provider circuits and the cache. */
public final class MarketHealth {

    public record Report(Instant serverTime, List<FeedHealth> feeds, List<BreakerHealth> circuitBreakers,
            List<CacheHealth> caches) {
    }

    /**
     * @param state       CLOSED (calls flow), OPEN (calls refused, cached data served stale) or HALF_OPEN (probing)
     * @param failureRate percentage of failed calls in the window, -1 until enough calls were made
     */
    public record BreakerHealth(String provider, String state, float failureRate, int bufferedCalls,
            int failedCalls, long notPermittedCalls) {
    }

    private final ObjectProvider<MarketFeed> feeds;
    private final ProviderGuards guards;
    private final Clock clock;

    MarketHealth(ObjectProvider<MarketFeed> feeds, ProviderGuards guards, Clock clock) {
        this.feeds = feeds;
        this.guards = guards;
        this.clock = clock;
    }

    public Report report() {
        List<FeedHealth> feedHealth = feeds.orderedStream().map(MarketFeed::health)
                .sorted(Comparator.comparing(FeedHealth::provider)).toList();
        List<BreakerHealth> breakers = guards.all().stream().map(guard -> {
            CircuitBreaker breaker = guard.circuitBreaker();
            CircuitBreaker.Metrics metrics = breaker.getMetrics();
            return new BreakerHealth(guard.provider(), breaker.getState().name(), metrics.getFailureRate(),
                    metrics.getNumberOfBufferedCalls(), metrics.getNumberOfFailedCalls(),
                    metrics.getNumberOfNotPermittedCalls());
        }).toList();
        return new Report(clock.instant(), feedHealth, breakers, guards.cacheHealth());
    }
}
