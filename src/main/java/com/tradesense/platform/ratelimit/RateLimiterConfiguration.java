package com.tradesense.platform.ratelimit;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tradesense.platform.RateLimiter;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Redis-backed buckets when {@code REDIS_URL} is set (limits hold across nodes), in-memory ones otherwise. */
@Configuration(proxyBeanMethods = false)
class RateLimiterConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimiterConfiguration.class);
    private static final Duration IDLE_BUCKET_EXPIRY = Duration.ofHours(1);

    @Bean
    RateLimiter rateLimiter(ObjectProvider<RedisClient> redis) {
        RedisClient client = redis.getIfAvailable();
        if (client != null) {
            log.info("Rate limits are kept in Redis and shared by every node");
            return redisLimiter(client);
        }
        log.info("Rate limits are kept in memory (set REDIS_URL to share them across nodes)");
        return inMemoryLimiter();
    }

    static RateLimiter inMemoryLimiter() {
        Cache<String, Bucket> buckets = Caffeine.newBuilder().expireAfterAccess(IDLE_BUCKET_EXPIRY)
                .maximumSize(1_000_000).build();
        return new BucketRateLimiter((key, configuration) -> buckets.get(key,
                k -> Bucket.builder().addLimit(configuration.getBandwidths()[0]).build()));
    }

    static RateLimiter redisLimiter(RedisClient client) {
        ProxyManager<byte[]> proxies = Bucket4jLettuce.casBasedBuilder(client)
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                        Duration.ofMinutes(1)))
                .build();
        return new BucketRateLimiter((key, configuration) -> proxies.builder()
                .build(("tradesense:rate:" + key).getBytes(StandardCharsets.UTF_8), () -> configuration));
    }
}
