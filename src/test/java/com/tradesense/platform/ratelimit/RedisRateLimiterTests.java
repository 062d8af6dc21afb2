package com.tradesense.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.UUID;

import com.tradesense.platform.RateLimitResult;
import com.tradesense.platform.RateLimitRule;
import com.tradesense.platform.RateLimiter;
import io.lettuce.core.RedisClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against the real Redis of the machine ({@code REDIS_URL}, default redis://127.0.0.1:6379): two limiters with their
 * own connections stand for two app nodes and must share one budget. In CI a missing Redis fails the build.
 */
class RedisRateLimiterTests {

    private static RedisClient nodeA;
    private static RedisClient nodeB;

    @BeforeAll
    static void connect() {
        String url = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        try {
            nodeA = RedisClient.create(url);
            nodeB = RedisClient.create(url);
            try (var connection = nodeA.connect()) {
                connection.sync().ping();
            }
        } catch (RuntimeException unavailable) {
            if (System.getenv("CI") != null) {
                fail("Redis is required in CI at " + url, unavailable);
            }
            Assumptions.abort("Redis not reachable at " + url + ": Redis-backed rate limit tests not run");
        }
    }

    @AfterAll
    static void disconnect() {
        if (nodeA != null) {
            nodeA.shutdown();
            nodeB.shutdown();
        }
    }

    @Test
    void twoNodesShareOneBudget() {
        RateLimiter a = RateLimiterConfiguration.redisLimiter(nodeA);
        RateLimiter b = RateLimiterConfiguration.redisLimiter(nodeB);
        RateLimitRule fivePerQuarterHour = new RateLimitRule(5, Duration.ofMinutes(15));
        String key = "test:" + UUID.randomUUID();

        for (int i = 0; i < 3; i++) {
            assertThat(a.tryConsume(key, fivePerQuarterHour).allowed()).isTrue();
        }
        assertThat(b.tryConsume(key, fivePerQuarterHour).allowed()).isTrue();
        assertThat(a.tryConsume(key, fivePerQuarterHour).allowed()).isTrue();

        RateLimitResult refused = b.tryConsume(key, fivePerQuarterHour);
        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(3));
        assertThat(a.probe(key, fivePerQuarterHour).allowed()).isFalse();
    }

    @Test
    void probingDoesNotSpendTokens() {
        RateLimiter limiter = RateLimiterConfiguration.redisLimiter(nodeA);
        RateLimitRule one = new RateLimitRule(1, Duration.ofMinutes(1));
        String key = "test:" + UUID.randomUUID();

        assertThat(limiter.probe(key, one).allowed()).isTrue();
        assertThat(limiter.probe(key, one).allowed()).isTrue();
        assertThat(limiter.tryConsume(key, one).allowed()).isTrue();
        assertThat(limiter.tryConsume(key, one).allowed()).isFalse();
    }

    @Test
    void inMemoryLimiterFollowsTheSameContract() {
        RateLimiter limiter = RateLimiterConfiguration.inMemoryLimiter();
        RateLimitRule two = new RateLimitRule(2, Duration.ofMinutes(1));

        assertThat(limiter.tryConsume("k", two).remaining()).isEqualTo(1);
        assertThat(limiter.tryConsume("k", two).allowed()).isTrue();
        assertThat(limiter.tryConsume("k", two).allowed()).isFalse();
        assertThat(limiter.tryConsume("other", two).allowed()).isTrue();
    }
}
