package com.tradesense.marketdata.providers;

import java.net.http.HttpClient;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.live.MarketFeed;
import com.tradesense.marketdata.providers.bvc.BvcFeed;
import com.tradesense.marketdata.providers.massive.MassiveFeed;
import com.tradesense.marketdata.providers.massive.MassiveRestClient;
import com.tradesense.marketdata.providers.yahoo.YahooFeed;
import io.lettuce.core.RedisClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * The real providers: each one a bean only when configured (Massive with an API key, Yahoo and BVC when enabled),
 * so a default start contacts nothing. The cache goes to Redis as well when {@code REDIS_URL} is set.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProviderProperties.class)
class ProvidersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ProvidersConfiguration.class);

    @Bean
    ProviderCache providerCache(ProviderProperties properties, ObjectProvider<RedisClient> redis) {
        MemoryProviderCache memory = new MemoryProviderCache(properties.cache().staleFor(),
                properties.cache().maxEntries());
        RedisClient client = redis.getIfAvailable();
        return client == null ? memory : new RedisProviderCache(memory, client, ProviderHttp.JSON);
    }

    @Bean
    ProviderBackfill providerBackfill(MarketFeeds feeds, Instruments instruments, TradingCalendars calendars,
            BarRepository bars, Clock clock, ProviderProperties properties) {
        return new ProviderBackfill(feeds, instruments, calendars, bars, clock, properties.backfillIntraday(),
                properties.backfillDailyYears());
    }

    @Bean
    ProviderGuards providerGuards(ProviderCache cache, ProviderProperties properties, Clock clock) {
        return new ProviderGuards(cache, properties, clock);
    }

    @Bean(destroyMethod = "stop")
    @Conditional(MassiveKeyConfigured.class)
    MassiveFeed massiveFeed(ProviderProperties properties, ProviderGuards guards, Instruments instruments,
            Clock clock) {
        ProviderProperties.Massive massive = properties.massive();
        HttpClient http = ProviderHttp.client(properties.timeout());
        ProviderHttp rest = new ProviderHttp(MassiveFeed.PROVIDER, http, properties.timeout(),
                Map.of("Authorization", "Bearer " + massive.apiKey(), "Accept", "application/json"), massive.apiKey());
        log.info("Massive.com provider configured (REST {}, WebSocket {})", massive.restUrl(), massive.wsUrl());
        return new MassiveFeed(new MassiveRestClient(rest, massive.restUrl()),
                guards.forProvider(MassiveFeed.PROVIDER), instruments, http, massive, properties.timeout(), clock);
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnProperty(prefix = "tradesense.marketdata.providers.yahoo", name = "enabled", havingValue = "true")
    YahooFeed yahooFeed(ProviderProperties properties, ProviderGuards guards, Instruments instruments, Clock clock) {
        ProviderHttp http = new ProviderHttp(YahooFeed.PROVIDER, ProviderHttp.client(properties.timeout()),
                properties.timeout(), Map.of("Accept", "application/json"), null);
        log.info("Yahoo Finance provider enabled ({})", properties.yahoo().baseUrl());
        return new YahooFeed(http, guards.forProvider(YahooFeed.PROVIDER), instruments, properties.yahoo(), clock);
    }

    @Bean(destroyMethod = "stop")
    @ConditionalOnProperty(prefix = "tradesense.marketdata.providers.bvc", name = "enabled", havingValue = "true")
    BvcFeed bvcFeed(ProviderProperties properties, ProviderGuards guards, Instruments instruments, Clock clock) {
        ProviderHttp http = new ProviderHttp(BvcFeed.PROVIDER, ProviderHttp.client(properties.timeout()),
                properties.timeout(), Map.of("Accept", "application/vnd.api+json, application/json",
                        "Referer", properties.bvc().baseUrl().resolve("/fr/live-market/overview").toString()), null);
        log.info("Casablanca bourse provider enabled ({})", properties.bvc().baseUrl());
        return new BvcFeed(http, guards.forProvider(BvcFeed.PROVIDER), instruments, properties.bvc(), clock);
    }

    @Bean
    MarketFeeds marketFeeds(ObjectProvider<MarketFeed> feeds, Instruments instruments, ProviderProperties properties) {
        List<MarketFeed> real = feeds.orderedStream().filter(feed -> !"simulated".equals(feed.provider())).toList();
        return new MarketFeeds(real, instruments, new ProviderRouting(properties.routing()));
    }

    @Bean
    MarketHealth marketHealth(ObjectProvider<MarketFeed> feeds, ProviderGuards guards, Clock clock) {
        return new MarketHealth(feeds, guards, clock);
    }

    /** A non-blank key; {@code @ConditionalOnProperty} would take the empty default of application.yml as set. */
    static final class MassiveKeyConfigured implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String key = context.getEnvironment().getProperty("tradesense.marketdata.providers.massive.api-key");
            return key != null && !key.isBlank();
        }
    }
}
