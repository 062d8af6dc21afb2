package com.tradesense.platform.config;

import io.lettuce.core.RedisClient;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The optional Redis connection ({@code REDIS_URL}, e.g. {@code redis://127.0.0.1:6379/0}). Nothing requires it;
 * features that can share state across nodes use it when this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${tradesense.redis.url:}'.isBlank()")
class RedisConfiguration {

    @Bean(destroyMethod = "shutdown")
    RedisClient redisClient(org.springframework.core.env.Environment environment) {
        return RedisClient.create(environment.getRequiredProperty("tradesense.redis.url"));
    }
}
