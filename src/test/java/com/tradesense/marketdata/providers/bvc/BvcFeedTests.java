package com.tradesense.marketdata.providers.bvc;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
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
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.providers.Fetched;
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

/** The bourse's live board and instrument history, with string numbers as scrapers recorded them. */
class BvcFeedTests {

    private static final String BOARD = "/fr/api/bourse/dashboard/ticker";
    private static final String HISTORY = "/fr/api/bourse_data/instrument_history";

    private final WireMockServer server = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SettableClock clock = new SettableClock(Instant.parse("2026-05-18T10:00:00Z"));
    private BvcFeed bvc;

    @BeforeEach
    void start() {
        server.start();
        ProviderHttp http = new ProviderHttp(BvcFeed.PROVIDER, ProviderHttp.client(ProviderTestSupport.TIMEOUT),
                ProviderTestSupport.TIMEOUT, Map.of("Accept", "application/vnd.api+json"), null);
        bvc = new BvcFeed(http, ProviderTestSupport.guard(BvcFeed.PROVIDER, clock), ProviderTestSupport.instruments(),
                new ProviderProperties.Bvc(true, URI.create(server.baseUrl()), Duration.ofMillis(100),
                        Map.of("ATW", "511")), clock);
    }

    @AfterEach
    void stop() {
        bvc.stop();
        server.stop();
    }

    private void serveBoard(String fixture) {
        server.stubFor(get(urlPathEqualTo(BOARD)).willReturn(aResponse().withBody(fixture("bvc/" + fixture))));
    }

    @Test
    void quotesReadTheBoardWithDecimalCommasAndEmptyBooks() {
        serveBoard("dashboard-ticker.json");

        ProviderQuote atw = bvc.quote("ATW").value();
        ProviderQuote iam = bvc.quote("IAM").value();

        assertThat(atw.price()).isEqualByComparingTo("702.50");
        assertThat(atw.bid()).isEqualByComparingTo("702.40");
        assertThat(atw.ask()).isEqualByComparingTo("702.60");
        assertThat(atw.prevClose()).isEqualByComparingTo("699.00");
        assertThat(atw.volume()).isEqualTo(15230);
        assertThat(iam.price()).isEqualByComparingTo("98.35");
        assertThat(iam.bid()).isNull();
        assertThat(iam.volume()).isEqualTo(40500);
        server.verify(1, getRequestedFor(urlPathEqualTo(BOARD)).withQueryParam("marche", equalTo("59"))
                .withQueryParam("class[]", equalTo("50"))); // one board request serves every quote
    }

    @Test
    void aStockMissingFromTheBoardIsNotFound() {
        serveBoard("dashboard-ticker.json");

        assertThatThrownBy(() -> bvc.quote("BCP")).isInstanceOf(ProviderException.class)
                .extracting(e -> ((ProviderException) e).kind()).isEqualTo(ProviderException.Kind.NOT_FOUND);
        assertThatThrownBy(() -> bvc.quote("AAPL")).isInstanceOf(ProviderException.class);
    }

    @Test
    void aBoardThatFailsServesTheLastBoardMarkedStale() {
        serveBoard("dashboard-ticker.json");
        bvc.quote("ATW");
        server.stubFor(get(urlPathEqualTo(BOARD)).willReturn(aResponse().withStatus(503)));
        clock.advance(Duration.ofMinutes(1));

        Fetched<ProviderQuote> stale = bvc.quote("ATW");

        assertThat(stale.stale()).isTrue();
        assertThat(stale.value().price()).isEqualByComparingTo("702.50");
    }

    @Test
    void dailyHistoryFiltersOnTheInstrumentIdAndSessionDates() {
        server.stubFor(get(urlPathEqualTo(HISTORY)).willReturn(aResponse()
                .withBody(fixture("bvc/instrument-history-atw.json"))));

        List<Bar> bars = bvc.bars("ATW", Interval.D1, Instant.parse("2026-05-13T23:00:00Z"),
                Instant.parse("2026-05-15T23:00:00Z")).value();

        assertThat(bars).containsExactly(
                new Bar(Instant.parse("2026-05-13T23:00:00Z"), new BigDecimal("690.00"), new BigDecimal("697.00"),
                        new BigDecimal("688.20"), new BigDecimal("695.50"), 21450),
                new Bar(Instant.parse("2026-05-14T23:00:00Z"), new BigDecimal("695.50"), new BigDecimal("701.00"),
                        new BigDecimal("694.00"), new BigDecimal("699.00"), 18020));
        server.verify(getRequestedFor(urlPathEqualTo(HISTORY))
                .withQueryParam("filter[filter-historique-instrument-emetteur][condition][value]", equalTo("511"))
                .withQueryParam("filter[filter-date-start-vh][condition][value]", equalTo("2026-05-14"))
                .withQueryParam("filter[filter-date-end-vh][condition][value]", equalTo("2026-05-15"))
                .withQueryParam("page[limit]", equalTo("250")));
    }

    @Test
    void historyNeedsAConfiguredInstrumentIdAndTheDailyInterval() {
        assertThat(bvc.supports("ATW", Interval.D1)).isTrue();
        assertThat(bvc.supports("IAM", Interval.D1)).isFalse();
        assertThat(bvc.supports("ATW", Interval.M1)).isFalse();
        assertThatThrownBy(() -> bvc.bars("IAM", Interval.D1, Instant.EPOCH, Instant.parse("2026-01-01T00:00:00Z")))
                .isInstanceOf(ProviderException.class).hasMessageContaining("instrument id");
    }

    @Test
    void pollingPrintsWhatMovedSizedByTheVolumeGrowth() {
        server.stubFor(get(urlPathEqualTo(BOARD)).inScenario("session").whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("later").willReturn(aResponse().withBody(fixture("bvc/dashboard-ticker.json"))));
        server.stubFor(get(urlPathEqualTo(BOARD)).inScenario("session").whenScenarioStateIs("later")
                .willReturn(aResponse().withBody(fixture("bvc/dashboard-ticker-later.json"))));
        RecordingSink sink = new RecordingSink();

        bvc.start(Set.of("ATW", "IAM", "BCP"), sink);
        await().until(() -> sink.trades.size() == 3);

        long now = clock.millis();
        assertThat(sink.trades).containsExactlyInAnyOrder(
                new RecordingSink.Trade("ATW", now, new BigDecimal("702.50"), 0),
                new RecordingSink.Trade("IAM", now, new BigDecimal("98.35"), 0),
                new RecordingSink.Trade("ATW", now, new BigDecimal("703.10"), 300)); // IAM did not move
        assertThat(sink.quotes).contains(new RecordingSink.Quote("ATW", now, new BigDecimal("703.00"),
                new BigDecimal("703.20")));
        assertThat(bvc.health().detail()).isEqualTo("not on the board: BCP");
        assertThat(bvc.health().symbols()).isEqualTo(3);
    }
}
