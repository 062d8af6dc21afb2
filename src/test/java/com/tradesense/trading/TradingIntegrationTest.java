package com.tradesense.trading;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.tradesense.IntegrationTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with hand-set market data ({@link FakeMarket}); every trading integration test uses this
 * one annotation so they share one context. Quotes are polled every 50 ms so tests see prices quickly.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Import(FakeMarket.Config.class)
@TestPropertySource(properties = {"tradesense.trading.quote-poll-interval=50ms", "tradesense.rate-limit.enabled=false"})
public @interface TradingIntegrationTest {
}
