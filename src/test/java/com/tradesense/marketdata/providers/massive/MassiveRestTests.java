package com.tradesense.marketdata.providers.massive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.tradesense.marketdata.providers.ProviderTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.providers.Fetched;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderQuote;
import com.tradesense.marketdata.providers.ProviderTestSupport;
import com.tradesense.marketdata.providers.ProviderTestSupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Massive's REST endpoints against recorded responses (spec examples and SDK mocks) served by WireMock. */
class MassiveRestTests {

    private static final String KEY = "test-key-123";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SettableClock clock = new SettableClock(Instant.parse("2026-11-20T16:00:00Z"));
    private MassiveFeed massive;

    @BeforeEach
    void start() {
        server.start();
        HttpClient http = ProviderHttp.client(ProviderTestSupport.TIMEOUT);
        var properties = ProviderTestSupport.massive(URI.create(server.baseUrl()), URI.create("ws://127.0.0.1:9"));
        ProviderHttp rest = new ProviderHttp(MassiveFeed.PROVIDER, http, ProviderTestSupport.TIMEOUT,
                Map.of("Authorization", "Bearer " + KEY), KEY);
        massive = new MassiveFeed(new MassiveRestClient(rest, properties.restUrl()),
                ProviderTestSupport.guard(MassiveFeed.PROVIDER, clock), ProviderTestSupport.instruments(), http,
                properties, ProviderTestSupport.TIMEOUT, clock);
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private void serve(String path, String fixture) {
        server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withHeader("Content-Type",
                "application/json").withBody(fixture("massive/" + fixture).replace("{{BASE}}", server.baseUrl()))));
    }

    @Test
    void aggregatesFollowNextUrlPagesWithTheKeyInTheHeaderOnly() {
        String first = "/v2/aggs/ticker/AAPL/range/1/day/1577836800000/1578700799999";
        serve(first, "aggs-aapl-day-page1.json");
        serve("/v2/aggs/ticker/AAPL/range/1/day/1578114000000/2020-01-10", "aggs-aapl-day-page2.json");

        Fetched<List<Bar>> bars = massive.bars("AAPL", Interval.D1, Instant.ofEpochMilli(1577836800000L),
                Instant.ofEpochMilli(1578700800000L));

        assertThat(bars.stale()).isFalse();
        assertThat(bars.value()).extracting(Bar::t).containsExactly(Instant.ofEpochMilli(1577941200000L),
                Instant.ofEpochMilli(1578027600000L), Instant.ofEpochMilli(1578286800000L));
        Bar firstBar = bars.value().get(0);
        assertThat(firstBar.o()).isEqualByComparingTo("74.06");
        assertThat(firstBar.c()).isEqualByComparingTo("75.09"); // 75.0875 on the cent, half-even
        assertThat(firstBar.v()).isEqualTo(135647456L);
        assertThat(bars.value().get(2).v()).isEqualTo(108872000L); // float volume of a DELAYED answer
        server.verify(2, getRequestedFor(urlPathMatching("/v2/aggs/.*"))
                .withHeader("Authorization", equalTo("Bearer " + KEY)));
        assertThat(server.getAllServeEvents()).noneMatch(e -> e.getRequest().getUrl().contains(KEY));
    }

    @Test
    void anEmptyRangeOmitsResultsAndGivesNoBars() {
        serve("/v2/aggs/ticker/AAPL/range/1/minute/1794150000000/1794150059999", "aggs-empty.json");

        assertThat(massive.bars("AAPL", Interval.M1, Instant.ofEpochMilli(1794150000000L),
                Instant.ofEpochMilli(1794150060000L)).value()).isEmpty();
    }

    @Test
    void cryptoAndForexUseTheirRestTickers() {
        serve("/v2/aggs/ticker/X:BTCUSD/range/1/hour/0/3599999", "aggs-empty.json");
        serve("/v2/snapshot/locale/global/markets/forex/tickers/C:EURUSD", "snapshot-forex-eurusd.json");

        assertThat(massive.bars("BTC-USD", Interval.H1, Instant.EPOCH, Instant.ofEpochSecond(3600)).value())
                .isEmpty();
        ProviderQuote eurusd = massive.quote("EUR/USD").value();
        assertThat(eurusd.bid()).isEqualByComparingTo("1.08414");
        assertThat(eurusd.ask()).isEqualByComparingTo("1.08418");
        assertThat(eurusd.price()).isEqualByComparingTo("1.08416"); // no trades in FX: the mid
        assertThat(eurusd.prevClose()).isEqualByComparingTo("1.0829");
    }

    @Test
    void snapshotQuoteCarriesLastTradeBookDayAndPreviousCloseWithNanosecondTimes() {
        serve("/v2/snapshot/locale/us/markets/stocks/tickers/AAPL", "snapshot-aapl.json");

        ProviderQuote quote = massive.quote("AAPL").value();

        assertThat(quote.price()).isEqualByComparingTo("120.47");
        assertThat(quote.bid()).isEqualByComparingTo("120.46");
        assertThat(quote.ask()).isEqualByComparingTo("120.47");
        assertThat(quote.open()).isEqualByComparingTo("119.62");
        assertThat(quote.dayHigh()).isEqualByComparingTo("120.53");
        assertThat(quote.volume()).isEqualTo(28727868L);
        assertThat(quote.prevClose()).isEqualByComparingTo("119.49");
        assertThat(quote.timestamp()).isEqualTo(Instant.ofEpochMilli(1605195918507L));
    }

    @Test
    void previousCloseLastTradeAndLastQuote() {
        serve("/v2/aggs/ticker/AAPL/prev", "prev-aapl.json");
        serve("/v2/last/trade/AAPL", "last-trade-aapl.json");
        serve("/v2/last/nbbo/AAPL", "last-nbbo-aapl.json");

        assertThat(massive.previousClose("AAPL").value().c()).isEqualByComparingTo("115.97");
        MassiveRestClient.LastTrade trade = massive.lastTrade("AAPL").value();
        assertThat(trade.price()).isEqualByComparingTo("129.8473");
        assertThat(trade.epochMillis()).isEqualTo(1617901342969L);
        MassiveRestClient.LastQuote nbbo = massive.lastQuote("AAPL").value();
        assertThat(nbbo.bid()).isEqualByComparingTo("127.96");
        assertThat(nbbo.ask()).isEqualByComparingTo("127.98");
        assertThatThrownBy(() -> massive.lastTrade("BTC-USD")).isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.NOT_FOUND);
    }

    @Test
    void marketStatusAndUpcomingHolidays() {
        serve("/v1/marketstatus/now", "marketstatus-now.json");
        serve("/v1/marketstatus/upcoming", "marketstatus-upcoming.json");

        MassiveRestClient.MarketStatus status = massive.marketStatus().value();
        assertThat(status.market()).isEqualTo("extended-hours");
        assertThat(status.afterHours()).isTrue();
        assertThat(status.exchanges()).containsEntry("nasdaq", "extended-hours").containsEntry("otc", "closed");
        assertThat(status.currencies()).containsEntry("crypto", "open");

        List<MassiveRestClient.MarketHoliday> holidays = massive.upcomingHolidays().value();
        assertThat(holidays).hasSize(5);
        MassiveRestClient.MarketHoliday earlyClose = holidays.get(4);
        assertThat(earlyClose.date()).isEqualTo(LocalDate.of(2020, 11, 27));
        assertThat(earlyClose.status()).isEqualTo("early-close");
        assertThat(earlyClose.close()).isEqualTo(Instant.parse("2020-11-27T18:00:00Z"));
        assertThat(holidays.get(0).open()).isNull();
    }

    @Test
    void aRateLimitIsRetriedAfterItsWait() {
        server.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/AAPL/prev")).inScenario("limit")
                .whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retry")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "0")
                        .withBody(fixture("massive/error-rate-limited.json"))));
        server.stubFor(get(urlPathEqualTo("/v2/aggs/ticker/AAPL/prev")).inScenario("limit")
                .whenScenarioStateIs("retry").willReturn(aResponse().withBody(fixture("massive/prev-aapl.json"))));

        assertThat(massive.previousClose("AAPL").value().c()).isEqualByComparingTo("115.97");
        server.verify(2, getRequestedFor(urlPathEqualTo("/v2/aggs/ticker/AAPL/prev")));
    }

    @Test
    void anUnauthorizedPlanIsNotRetriedAndItsMessageCarriesNoKey() {
        server.stubFor(get(urlPathEqualTo("/v2/last/trade/AAPL")).willReturn(aResponse().withStatus(403)
                .withBody(fixture("massive/error-not-authorized.json").replace("3314f3bc", KEY))));

        assertThatThrownBy(() -> massive.lastTrade("AAPL")).isInstanceOf(ProviderException.class)
                .hasMessageContaining("403").hasMessageContaining("not entitled").hasMessageNotContaining(KEY)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.UNAUTHORIZED);
        server.verify(1, getRequestedFor(urlPathEqualTo("/v2/last/trade/AAPL")));
    }

    @Test
    void aFailingProviderServesTheLastAnswerMarkedStale() {
        serve("/v2/snapshot/locale/us/markets/stocks/tickers/AAPL", "snapshot-aapl.json");
        Fetched<ProviderQuote> fresh = massive.quote("AAPL");
        server.stubFor(get(urlPathEqualTo("/v2/snapshot/locale/us/markets/stocks/tickers/AAPL"))
                .willReturn(aResponse().withStatus(503)));

        Fetched<ProviderQuote> cached = massive.quote("AAPL");
        assertThat(cached.stale()).isFalse(); // within the quote TTL nothing is asked
        clock.advance(Duration.ofSeconds(6));
        Fetched<ProviderQuote> stale = massive.quote("AAPL");

        assertThat(stale.stale()).isTrue();
        assertThat(stale.value()).isEqualTo(fresh.value());
        assertThat(stale.fetchedAt()).isEqualTo(fresh.fetchedAt());
        server.verify(1 + 3, getRequestedFor(urlPathEqualTo("/v2/snapshot/locale/us/markets/stocks/tickers/AAPL")));
    }

    @Test
    void withNothingCachedAnOutageIsAnError() {
        server.stubFor(get(urlPathEqualTo("/v1/marketstatus/now")).willReturn(aResponse().withStatus(502)));

        assertThatThrownBy(massive::marketStatus).isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.UNAVAILABLE);
    }

    @Test
    void commoditiesFuturesAreNotCarried() {
        assertThat(massive.carries("GC=F")).isFalse();
        assertThat(massive.carries("ATW")).isFalse();
        assertThat(massive.carries("SPX")).isTrue();
    }
}
