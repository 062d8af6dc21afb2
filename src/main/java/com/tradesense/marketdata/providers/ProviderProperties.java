package com.tradesense.marketdata.providers;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The real market data providers. Nothing is contacted unless a provider is configured (Massive needs an API key,
 * Yahoo and BVC an enabled flag) and {@code routing} hands it exchanges or asset classes: by default everything stays
 * on the simulated exchange.
 *
 * @param routing    provider id ({@code massive}, {@code yahoo}, {@code bvc}) to the exchanges ({@code NASDAQ},
 *                   {@code BVC}) and asset classes ({@code CRYPTO}, {@code FX}) it serves; a symbol goes to the first
 *                   configured provider listed that matches it and is supported by it
 * @param timeout    connect and request timeout of every provider call
 * @param backfillIntraday   how far back 1-minute bars of provider-served symbols are fetched at start-up
 * @param backfillDailyYears years of daily bars of provider-served symbols fetched at start-up
 */
@ConfigurationProperties("tradesense.marketdata.providers")
public record ProviderProperties(
        @DefaultValue Massive massive,
        @DefaultValue Yahoo yahoo,
        @DefaultValue Bvc bvc,
        Map<String, List<String>> routing,
        @DefaultValue("10s") Duration timeout,
        @DefaultValue Cache cache,
        @DefaultValue Resilience resilience,
        @DefaultValue("30d") Duration backfillIntraday,
        @DefaultValue("2") int backfillDailyYears) {

    public ProviderProperties {
        routing = routing == null ? new LinkedHashMap<>() : new LinkedHashMap<>(routing);
    }

    /**
     * Massive.com (formerly Polygon.io).
     *
     * @param apiKey            the key; blank switches the provider off. Sent as a bearer header, never in a URL
     * @param restUrl           REST base
     * @param wsUrl             WebSocket base; the market path ({@code /stocks}, {@code /crypto}, ...) is appended.
     *                          {@code wss://delayed.massive.com} for 15-minute delayed plans
     * @param reconnectAttempts reconnects with exponential backoff after the socket drops
     * @param reconnectBackoff  wait before the first reconnect; doubled for each further attempt
     * @param reconnectCooldown wait between attempts once the backoff attempts are used up (REST polling goes on)
     * @param pollInterval      REST polling period while the socket is down
     * @param streaming         false: poll REST only, never open a socket
     */
    public record Massive(
            String apiKey,
            @DefaultValue("https://api.massive.com") URI restUrl,
            @DefaultValue("wss://socket.massive.com") URI wsUrl,
            @DefaultValue("5") int reconnectAttempts,
            @DefaultValue("2s") Duration reconnectBackoff,
            @DefaultValue("5m") Duration reconnectCooldown,
            @DefaultValue("5s") Duration pollInterval,
            @DefaultValue("true") boolean streaming) {

        public boolean configured() {
            return apiKey != null && !apiKey.isBlank();
        }
    }

    /**
     * Yahoo Finance's unofficial chart API ({@code v8/finance/chart}).
     *
     * @param symbols catalog symbol to Yahoo symbol where the default mapping does not fit
     */
    public record Yahoo(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("https://query2.finance.yahoo.com") URI baseUrl,
            @DefaultValue("15s") Duration pollInterval,
            Map<String, String> symbols) {

        public Yahoo {
            symbols = symbols == null ? Map.of() : Map.copyOf(symbols);
        }
    }

    /**
     * The Casablanca bourse's public JSON (the web site's proxy to its Drupal JSON:API back end).
     *
     * @param instrumentIds catalog symbol to the bourse's internal instrument id, which its history endpoint filters
     *                      on; symbols without one have no history from BVC
     */
    public record Bvc(
            @DefaultValue("false") boolean enabled,
            @DefaultValue("https://www.casablanca-bourse.com/api/proxy") URI baseUrl,
            @DefaultValue("30s") Duration pollInterval,
            Map<String, String> instrumentIds) {

        public Bvc {
            instrumentIds = instrumentIds == null ? Map.of() : Map.copyOf(instrumentIds);
        }
    }

    /**
     * Freshness per kind of data; past it the provider is asked again, and answers older than {@code staleFor} are
     * forgotten (until then they are served, marked stale, when the provider fails).
     */
    public record Cache(
            @DefaultValue("5s") Duration quote,
            @DefaultValue("1m") Duration intradayBars,
            @DefaultValue("1h") Duration dailyBars,
            @DefaultValue("1h") Duration previousClose,
            @DefaultValue("1m") Duration marketStatus,
            @DefaultValue("12h") Duration holidays,
            @DefaultValue("24h") Duration staleFor,
            @DefaultValue("20000") long maxEntries) {
    }

    /**
     * Retries and circuit breaker of every provider's REST calls (one breaker per provider).
     *
     * @param retryAttempts       calls in all, the first included; only rate limits and unavailability are retried
     * @param retryBackoff        wait before the first retry, doubled each time (a 429's Retry-After wins, up to
     *                            {@code maxRetryWait})
     * @param failureRate         percentage of failed calls in the window that opens the circuit
     * @param window              calls the failure rate is measured over
     * @param openFor             how long an open circuit refuses calls before it lets a few through
     */
    public record Resilience(
            @DefaultValue("3") int retryAttempts,
            @DefaultValue("500ms") Duration retryBackoff,
            @DefaultValue("5s") Duration maxRetryWait,
            @DefaultValue("50") float failureRate,
            @DefaultValue("10") int window,
            @DefaultValue("30s") Duration openFor) {
    }
}
