package com.tradesense.marketdata.providers.massive;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.tradesense.marketdata.providers.ProviderTestSupport.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderTestSupport;
import com.tradesense.marketdata.providers.ProviderTestSupport.RecordingSink;
import com.tradesense.marketdata.providers.ProviderTestSupport.SettableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Massive's stocks socket played by {@link WebSocketStub} and its REST API by WireMock, with reconnect timings in
 * milliseconds: 50 ms first backoff, polling every 100 ms, 200 ms cooldown after five failed attempts.
 */
class MassiveSocketTests {

    /** 2026-11-08 minute 14:20 UTC and the two after it, as in aggs-aapl-minutes.json. */
    private static final long MINUTE_0 = 1794150000000L;

    private final WireMockServer rest = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
    private final SettableClock clock = new SettableClock(Instant.ofEpochMilli(MINUTE_0 + 61_000));
    private final RecordingSink sink = new RecordingSink();
    private WebSocketStub socket;
    private MassiveFeed feed;

    @BeforeEach
    void start() throws Exception {
        rest.start();
        socket = new WebSocketStub();
        rest.stubFor(get(urlPathEqualTo("/v2/snapshot/locale/us/markets/stocks/tickers"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(fixture("massive/snapshot-stocks-aapl-msft.json"))));
        rest.stubFor(get(urlPathMatching("/v2/aggs/ticker/AAPL/range/1/minute/.*"))
                .willReturn(aResponse().withBody(fixture("massive/aggs-aapl-minutes.json"))));
        rest.stubFor(get(urlPathMatching("/v2/aggs/ticker/MSFT/range/1/minute/.*"))
                .willReturn(aResponse().withBody(fixture("massive/aggs-empty.json"))));
        HttpClient http = ProviderHttp.client(ProviderTestSupport.TIMEOUT);
        var properties = ProviderTestSupport.massive(URI.create(rest.baseUrl()), socket.uri());
        ProviderHttp restHttp = new ProviderHttp(MassiveFeed.PROVIDER, http, ProviderTestSupport.TIMEOUT,
                Map.of("Authorization", "Bearer " + properties.apiKey()), properties.apiKey());
        feed = new MassiveFeed(new MassiveRestClient(restHttp, properties.restUrl()),
                ProviderTestSupport.guard(MassiveFeed.PROVIDER, clock), ProviderTestSupport.instruments(), http,
                properties, ProviderTestSupport.TIMEOUT, clock);
    }

    @AfterEach
    void stop() throws Exception {
        feed.stop();
        socket.close();
        rest.stop();
    }

    @Test
    void authenticatesThenSubscribesEveryChannelOfEveryTicker() {
        feed.start(Set.of("AAPL", "MSFT"), sink);

        await().atMost(Duration.ofSeconds(5)).until(() -> socket.received.size() >= 2);
        assertThat(socket.paths).containsExactly("/stocks");
        assertThat(socket.received.get(0)).contains("\"action\":\"auth\"").contains("\"params\":\"test-key-123\"");
        assertThat(socket.received.get(1)).contains("\"action\":\"subscribe\"")
                .contains("T.AAPL,T.MSFT,Q.AAPL,Q.MSFT,A.AAPL,A.MSFT,AM.AAPL,AM.MSFT");
        await().until(() -> feed.health().state().equals("CONNECTED"));
        assertThat(feed.health().mode()).isEqualTo("STREAM");
    }

    @Test
    void deliversTradesQuotesAndMinuteBarsOfSubscribedTickersOnTheirTick() throws Exception {
        feed.start(Set.of("AAPL", "MSFT"), sink);
        await().until(() -> socket.received.size() >= 2);

        for (String frame : fixture("massive/ws-frames.txt").lines().filter(l -> l.startsWith("[")).toList()) {
            socket.broadcast(frame);
        }

        await().until(() -> sink.bars.size() == 1);
        assertThat(sink.trades).containsExactly(
                new RecordingSink.Trade("AAPL", 1794150061536L, new BigDecimal("230.12"), 100),
                new RecordingSink.Trade("MSFT", 1794150061717L, new BigDecimal("415.00"), 1),
                // the per-second aggregate is a price mark: its volume came with the trades
                new RecordingSink.Trade("AAPL", 1794150062000L, new BigDecimal("230.13"), 0));
        assertThat(sink.quotes).containsExactly(new RecordingSink.Quote("AAPL", 1794150061784L,
                new BigDecimal("230.11"), new BigDecimal("230.13")));
        assertThat(sink.bars.get(0).symbol()).isEqualTo("AAPL"); // GTE was not subscribed
        assertThat(sink.bars.get(0).bar().t()).isEqualTo(Instant.ofEpochMilli(MINUTE_0));
        assertThat(sink.bars.get(0).bar().c()).isEqualByComparingTo("230.12");
        assertThat(sink.bars.get(0).bar().v()).isEqualTo(4110);
        FeedHealth health = feed.health();
        assertThat(health.lastMessageAt()).isEqualTo(clock.instant());
        assertThat(health.symbols()).isEqualTo(2);
    }

    @Test
    void aDroppedSocketPollsRestWhileDownThenResubscribesAndBackfillsTheMissedMinutes() throws Exception {
        feed.start(Set.of("AAPL", "MSFT"), sink);
        await().until(() -> socket.received.stream().filter(m -> m.contains("subscribe")).count() == 1);

        socket.refuse = true;
        socket.dropAll();

        // reconnects are refused: the feed falls back to the REST snapshot
        await().atMost(Duration.ofSeconds(5)).until(() -> sink.trades.size() >= 2);
        assertThat(sink.trades).contains(
                new RecordingSink.Trade("AAPL", 1794150184630L, new BigDecimal("230.20"), 100),
                new RecordingSink.Trade("MSFT", 1794150183000L, new BigDecimal("415.10"), 50));
        assertThat(sink.quotes).contains(new RecordingSink.Quote("AAPL", 1794150185994L, new BigDecimal("230.19"),
                new BigDecimal("230.22")));
        FeedHealth down = feed.health();
        assertThat(down.state()).isEqualTo("RECONNECTING");
        assertThat(down.mode()).isEqualTo("POLLING");
        assertThat(down.reconnects()).isPositive();
        assertThat(down.detail()).doesNotContain("test-key-123");
        int tradesWhileDown = sink.trades.size();

        // the same snapshot polled again is not a new print
        Thread.sleep(250);
        assertThat(sink.trades).hasSize(tradesWhileDown);

        clock.set(Instant.ofEpochMilli(MINUTE_0 + 190_000));
        socket.refuse = false;
        await().atMost(Duration.ofSeconds(5))
                .until(() -> socket.received.stream().filter(m -> m.contains("subscribe")).count() == 2);
        await().until(() -> sink.bars.size() == 3);

        List<Instant> backfilled = sink.bars.stream().map(bar -> bar.bar().t()).toList();
        assertThat(backfilled).containsExactly(Instant.ofEpochMilli(MINUTE_0), Instant.ofEpochMilli(MINUTE_0 + 60_000),
                Instant.ofEpochMilli(MINUTE_0 + 120_000));
        assertThat(sink.bars).allMatch(bar -> bar.symbol().equals("AAPL"));
        assertThat(rest.findAll(com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(
                urlPathMatching("/v2/aggs/ticker/AAPL/range/1/minute/" + MINUTE_0 + "/" + (MINUTE_0 + 180_000 - 1)))))
                .hasSize(1);
        await().until(() -> feed.health().mode().equals("STREAM"));
        assertThat(feed.health().state()).isEqualTo("CONNECTED");
    }

    @Test
    void aRefusedKeyStopsReconnecting() throws Exception {
        socket.authReply = "[{\"ev\":\"status\",\"status\":\"auth_failed\",\"message\":\"authentication failed\"}]";
        feed.start(Set.of("AAPL"), sink);

        await().until(() -> feed.health().state().equals("DISCONNECTED"));
        assertThat(feed.health().detail()).contains("authentication failed");
        Thread.sleep(300);
        assertThat(socket.paths).hasSize(1);
    }
}
