package com.tradesense.marketdata.providers.yahoo;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.tradesense.marketdata.providers.ProviderTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderProperties;
import com.tradesense.marketdata.providers.ProviderQuote;
import com.tradesense.marketdata.providers.ProviderTestSupport;
import com.tradesense.marketdata.providers.ProviderTestSupport.RecordingSink;
import com.tradesense.marketdata.providers.ProviderTestSupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Yahoo's chart API against recorded charts (node-yahoo-finance2 fixtures and a cut-down TSLA day). */
class YahooFeedTests {

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    /** 2026-09-04 16:05 New York: after the TSLA fixture's session close. */
    private final SettableClock clock = new SettableClock(Instant.ofEpochSecond(1788552300));
    private YahooFeed yahoo;

    @BeforeEach
    void start() {
        server.start();
        ProviderHttp http = new ProviderHttp(YahooFeed.PROVIDER, ProviderHttp.client(ProviderTestSupport.TIMEOUT),
                ProviderTestSupport.TIMEOUT, Map.of(), null);
        yahoo = new YahooFeed(http, ProviderTestSupport.guard(YahooFeed.PROVIDER, clock),
                ProviderTestSupport.instruments(), new ProviderProperties.Yahoo(true, URI.create(server.baseUrl()),
                        Duration.ofMillis(100), Map.of()), clock);
    }

    @AfterEach
    void stop() {
        yahoo.stop();
        server.stop();
    }

    private void serve(String symbol, String fixture) {
        server.stubFor(get(urlPathEqualTo("/v8/finance/chart/" + symbol))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(fixture("yahoo/" + fixture))));
    }

    @Test
    void dailyBarsStartAtMidnightInTheExchangeZoneOnTheTick() {
        serve("AAPL", "chart-aapl-1d.json");

        List<Bar> bars = yahoo.bars("AAPL", Interval.D1, Instant.parse("2020-01-01T05:00:00Z"),
                Instant.parse("2020-01-03T05:00:00Z")).value();

        assertThat(bars).containsExactly(new Bar(Instant.parse("2020-01-02T05:00:00Z"), new BigDecimal("74.06"),
                new BigDecimal("75.15"), new BigDecimal("73.80"), new BigDecimal("75.09"), 135480400));
        server.verify(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v8/finance/chart/AAPL")).withQueryParam("interval", equalTo("1d"))
                .withQueryParam("period1", equalTo("1577854800")).withQueryParam("period2", equalTo("1578027600")));
    }

    @Test
    void minutesWithoutATradeAreLeftOut() {
        serve("TSLA", "chart-tsla-1m.json");

        List<Bar> bars = yahoo.bars("TSLA", Interval.M1, Instant.ofEpochSecond(1788528600),
                Instant.ofEpochSecond(1788552060)).value();

        assertThat(bars).extracting(Bar::t).containsExactly(Instant.ofEpochSecond(1788528600),
                Instant.ofEpochSecond(1788528660), Instant.ofEpochSecond(1788552000));
    }

    @Test
    void anEmptyWindowHasNoBars() {
        serve("AAPL", "chart-empty-window.json");

        assertThat(yahoo.bars("AAPL", Interval.M1, Instant.parse("2025-02-01T00:00:00Z"),
                Instant.parse("2025-02-02T00:00:00Z")).value()).isEmpty();
    }

    @Test
    void anUnknownSymbolIsNotFoundWhetherYahooAnswers404Or200() {
        server.stubFor(get(urlPathEqualTo("/v8/finance/chart/EURUSD=X")).willReturn(aResponse().withStatus(404)
                .withBody(fixture("yahoo/chart-not-found.json"))));
        serve("GC=F", "chart-not-found.json");

        assertThatThrownBy(() -> yahoo.quote("EUR/USD")).isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> yahoo.quote("GC=F")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("symbol may be delisted");
    }

    @Test
    void quotesComeFromTheChartMeta() {
        serve("%5EGSPC", "chart-tsla-1m.json"); // SPX is ^GSPC on Yahoo

        ProviderQuote quote = yahoo.quote("SPX").value();

        assertThat(quote.symbol()).isEqualTo("SPX");
        assertThat(quote.price()).isEqualByComparingTo("354.08");
        assertThat(quote.prevClose()).isEqualByComparingTo("376.36"); // 376.365 half-even on the cent
        assertThat(quote.dayHigh()).isEqualByComparingTo("364.69");
        assertThat(quote.volume()).isEqualTo(65018209L);
        assertThat(quote.bid()).isNull();
        assertThat(quote.timestamp()).isEqualTo(Instant.ofEpochSecond(1788552000));
    }

    @Test
    void aRateLimitedChartIsRetriedThenFailsWithoutCache() {
        server.stubFor(get(urlPathEqualTo("/v8/finance/chart/AAPL")).willReturn(aResponse().withStatus(429)
                .withBody("Too Many Requests")));

        assertThatThrownBy(() -> yahoo.quote("AAPL")).isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.RATE_LIMITED);
        server.verify(3, com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathEqualTo("/v8/finance/chart/AAPL")));
    }

    @Test
    void pollingDeliversCompletedMinutesOnceAndTheLastPrice() throws Exception {
        serve("TSLA", "chart-tsla-1m.json");
        RecordingSink sink = new RecordingSink();

        yahoo.start(Set.of("TSLA"), sink);
        await().until(() -> sink.trades.size() == 1);
        Thread.sleep(250); // more polls of the same chart

        assertThat(sink.bars).extracting(bar -> bar.bar().t()).containsExactly(Instant.ofEpochSecond(1788528600),
                Instant.ofEpochSecond(1788528660), Instant.ofEpochSecond(1788552000));
        assertThat(sink.trades).containsExactly(new RecordingSink.Trade("TSLA", 1788552000_000L,
                new BigDecimal("354.08"), 0));
        assertThat(yahoo.health().state()).isEqualTo("CONNECTED");
        assertThat(yahoo.health().mode()).isEqualTo("POLLING");
    }

    @Test
    void aFeedWhoseSymbolsAllFailIsDisconnected() {
        server.stubFor(get(urlPathEqualTo("/v8/finance/chart/TSLA")).willReturn(aResponse().withStatus(500)));

        yahoo.start(Set.of("TSLA"), new RecordingSink());

        await().until(() -> yahoo.health().state().equals("DISCONNECTED"));
        assertThat(yahoo.health().detail()).contains("500");
    }
}
