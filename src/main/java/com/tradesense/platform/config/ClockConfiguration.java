package com.tradesense.platform.config;

import java.time.Clock;
import java.time.Duration;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one clock every module injects, so tests and replays can move time deliberately. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * Ticks in microseconds, PostgreSQL's timestamp precision, so stored and returned instants agree. Read it with
     * {@code instant()}: Java 17's tick clock divides by zero in {@code millis()} for ticks under a millisecond.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
    }
}
