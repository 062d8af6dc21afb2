package com.tradesense.platform.ratelimit;

import java.time.Duration;
import com.tradesense.platform.RateLimitResult;
import com.tradesense.platform.RateLimitRule;
import com.tradesense.platform.RateLimiter;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;

/**
 * Token buckets from Bucket4j; where they live (this JVM or Redis) is the only thing that varies, so it is
 * injected as a {@link BucketStore}.
 */
class BucketRateLimiter implements RateLimiter {

    /** Finds or creates the bucket of a key. */
    interface BucketStore {
        Bucket bucket(String key, BucketConfiguration configuration);
    }

    private final BucketStore store;

    BucketRateLimiter(BucketStore store) {
        this.store = store;
    }

    @Override
    public RateLimitResult tryConsume(String key, RateLimitRule rule) {
        ConsumptionProbe probe = store.bucket(key, configuration(rule)).tryConsumeAndReturnRemaining(1);
        return new RateLimitResult(probe.isConsumed(), probe.getRemainingTokens(),
                Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    @Override
    public RateLimitResult probe(String key, RateLimitRule rule) {
        Bucket bucket = store.bucket(key, configuration(rule));
        EstimationProbe estimate = bucket.estimateAbilityToConsume(1);
        return new RateLimitResult(estimate.canBeConsumed(), estimate.getRemainingTokens(),
                Duration.ofNanos(estimate.getNanosToWaitForRefill()));
    }

    private static BucketConfiguration configuration(RateLimitRule rule) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(rule.capacity()).refillGreedy(rule.capacity(), rule.period())
                        .build())
                .build();
    }
}
