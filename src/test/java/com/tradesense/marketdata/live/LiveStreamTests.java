package com.tradesense.marketdata.live;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.tradesense.JsonWebSocket;
import com.tradesense.TestApi;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.PriceSubscription;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.TestListings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The live stream end to end over a real port: prices fed into the live book reach SSE and WebSocket clients, a
 * resumed stream repeats nothing, and stream tickets open streams but nothing else. The simulator is off in tests, so
 * each test feeds the book itself.
 */
// A short write timeout, so that a client that stops reading is dropped within the test.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tradesense.marketdata.stream.write-timeout=2s")
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(TestApi.class)
class LiveStreamTests {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @LocalServerPort
    int port;
    @Autowired
    TestApi api;
    @Autowired
    LiveBook book;
    @Autowired
    StreamHub hub;
    @Autowired
    MarketData marketData;
    @Autowired
    JsonMapper json;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    private final HttpClient http = HttpClient.newHttpClient();
    private final ExecutorService readers = Executors.newCachedThreadPool();
    private TestApi.Client member;

    @BeforeEach
    void signIn() throws Exception {
        member = api.client();
        member.signUpAndSignIn();
    }

    @AfterEach
    void stopReaders() {
        readers.shutdownNow();
    }

    @Test
    void streamsQuotesAndFormingBarsOfSubscribedSymbolsOverSse() throws Exception {
        SseReader stream = openSse("/api/v1/market/stream?symbols=MSFT,NVDA", "Bearer " + member.accessToken());
        long now = System.currentTimeMillis();
        book.trade("MSFT", now, new BigDecimal("412.37"), 300);
        book.trade("AMD", now, new BigDecimal("150.00"), 100);

        SseEvent quote = stream.next("quote", event -> event.data.path("symbol").asString().equals("MSFT")
                && event.data.path("price").decimalValue().compareTo(new BigDecimal("412.37")) == 0);
        assertThat(quote.data.path("serverTime").asString()).endsWith("Z");
        assertThat(quote.data.path("currency").asString()).isEqualTo("USD");
        assertThat(quote.id).isPositive();
        SseEvent bar = stream.next("bar", event -> event.data.path("symbol").asString().equals("MSFT")
                && event.data.path("c").decimalValue().compareTo(new BigDecimal("412.37")) == 0);
        assertThat(bar.data.path("interval").asString()).isEqualTo("1m");
        assertThat(bar.data.path("complete").asBoolean()).isFalse();
        assertThat(stream.received()).noneMatch(event -> event.data.path("symbol").asString().equals("AMD"));
        stream.close();
    }

    @Test
    void resumingWithLastEventIdRepeatsNothingAlreadyReceived() throws Exception {
        long now = System.currentTimeMillis();
        book.trade("ORCL", now, new BigDecimal("181.10"), 10);
        SseReader first = openSse("/api/v1/market/stream?symbols=ORCL", "Bearer " + member.accessToken());
        SseEvent seen = first.next("quote", event -> event.data.path("symbol").asString().equals("ORCL"));
        first.close();

        SseReader resumed = openSse("/api/v1/market/stream?symbols=ORCL&lastEventId=" + seen.id,
                "Bearer " + member.accessToken());
        book.trade("ORCL", now + 1, new BigDecimal("181.25"), 10);
        SseEvent next = resumed.next("quote", event -> event.data.path("symbol").asString().equals("ORCL"));
        assertThat(next.id).isGreaterThan(seen.id);
        assertThat(next.data.path("price").decimalValue()).isEqualByComparingTo("181.25");
        resumed.close();
    }

    @Test
    void aStreamTicketOpensStreamsButNotTheRestOfTheApi() throws Exception {
        String ticket = api.json(member.performAuthorised(post("/api/v1/stream-tickets"))).path("ticket").asString();
        assertThat(ticket).isNotBlank();

        SseReader stream = openSse("/api/v1/market/stream?symbols=QQQ&ticket=" + ticket, null);
        book.trade("QQQ", System.currentTimeMillis(), new BigDecimal("501.5"), 5);
        assertThat(stream.next("quote", event -> true).data.path("symbol").asString()).isEqualTo("QQQ");
        stream.close();

        HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/v1/auth/me"))
                .header("Authorization", "Bearer " + ticket).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(401);
        HttpResponse<String> tokenInUrl = http.send(HttpRequest.newBuilder(
                uri("/api/v1/market/stream?symbols=QQQ&ticket=" + member.accessToken())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(tokenInUrl.statusCode()).isEqualTo(401);
        assertThat(tokenInUrl.body()).contains("TICKET_REQUIRED");
    }

    @Test
    void theStreamIsAResponseEndedByTheConnectionAndAClientThatHangsUpIsReleased() throws Exception {
        int before = hub.clientCount();
        try (RawStream stream = RawStream.open(port, "/api/v1/market/stream?symbols=INTC",
                "Bearer " + member.accessToken(), 64 * 1024)) {
            assertThat(stream.head).startsWith("HTTP/1.1 200");
            assertThat(stream.head).containsIgnoringCase("Content-Type: text/event-stream")
                    .containsIgnoringCase("Cache-Control: no-store").containsIgnoringCase("Connection: close")
                    .doesNotContainIgnoringCase("Content-Length").doesNotContainIgnoringCase("Transfer-Encoding");
            await().atMost(WAIT).until(() -> hub.clientCount() == before + 1);
            book.trade("INTC", System.currentTimeMillis(), new BigDecimal("31.07"), 10);
            // Frames as they are, no chunk sizes between them.
            assertThat(stream.readUntil("\"price\":31.07")).containsPattern("(?m)^id: \\d+\nevent: quote\ndata: \\{");
        }
        await().atMost(WAIT).until(() -> hub.clientCount() == before);
    }

    @Test
    void aClientThatStopsReadingIsDroppedAndItsConnectionClosedWhileOthersKeepStreaming() throws Exception {
        // Symbols no other test here trades; many of them, so that the stalled socket's kernel buffers (up to a few
        // MB on loopback) fill within moments.
        List<String> symbols = List.of("KO", "PEP", "DIS", "BA", "CRM", "COST", "BAC", "SPY", "IWM", "DIA", "GLD",
                "TLT", "XLF", "VTI", "ETH-USD", "SOL-USD", "XRP-USD", "ADA-USD", "DOGE-USD", "LTC-USD", "AVAX-USD",
                "LINK-USD", "ATW", "IAM", "BCP", "BOA", "LHM", "CSR", "TQM", "MNG", "CMA", "WAA", "ADH", "LBV", "MSA",
                "SID", "XOM", "JNJ", "WMT", "UNH");
        long dropped = hub.droppedCount();
        SseReader healthy = openSse("/api/v1/market/stream?symbols=KO", "Bearer " + member.accessToken());
        try (RawStream stalled = RawStream.open(port, "/api/v1/market/stream?symbols=" + String.join(",", symbols),
                "Bearer " + member.accessToken(), 4096)) {
            // The stalled client never reads: its socket fills, its writes wait, and after the write timeout it goes.
            BigDecimal price = new BigDecimal("50.00");
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (hub.droppedCount() == dropped && System.nanoTime() < deadline) {
                price = price.add(new BigDecimal("0.01"));
                for (String symbol : symbols) {
                    book.trade(symbol, System.currentTimeMillis(), price, 1);
                }
                Thread.sleep(5);
            }
            assertThat(hub.droppedCount()).isEqualTo(dropped + 1);
            BigDecimal last = price;
            healthy.next("quote", event -> event.data.path("price").decimalValue().compareTo(last) == 0);
            assertThat(stalled.readsToEndWithin(WAIT)).as("the server closed the stalled client's connection").isTrue();
        }
        healthy.close();
    }

    @Test
    void aHeadRequestGetsTheStreamsHeadersAndNoStream() throws Exception {
        int before = hub.clientCount();
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(uri("/api/v1/market/stream?symbols=MSFT"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody())
                .header("Authorization", "Bearer " + member.accessToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        assertThat(head.body()).isEmpty();
        await().atMost(WAIT).until(() -> hub.clientCount() == before);
    }

    @Test
    void refusesUnknownSymbolsNamingTheParameter() throws Exception {
        // As EventSource asks: only an event stream is acceptable, and still the refusal is a problem document.
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/market/stream?symbols=MSFT,NOPE"))
                .header("Accept", "text/event-stream")
                .header("Authorization", "Bearer " + member.accessToken()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode problem = json.readTree(response.body());
        assertThat(problem.path("code").asString()).isEqualTo("UNKNOWN_SYMBOL");
        assertThat(problem.path("errors").get(0).path("field").asString()).isEqualTo("symbols");
        assertThat(problem.path("detail").asString()).contains("NOPE");
    }

    @Test
    void anUnauthenticatedStreamIsRefused() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(uri("/api/v1/market/stream?symbols=MSFT"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void webSocketClientsSubscribeAndReceiveTheSamePayloads() throws Exception {
        String ticket = api.json(member.performAuthorised(post("/api/v1/stream-tickets"))).path("ticket").asString();
        JsonWebSocket socket = JsonWebSocket.connect(http,
                URI.create("ws://localhost:" + port + "/ws/market?ticket=" + ticket), json);
        socket.send("{\"action\":\"subscribe\",\"symbols\":[\"BTC-USD\",\"EUR-USD\"]}");
        socket.send("{\"action\":\"subscribe\",\"symbols\":[\"NOPE\"]}");
        JsonNode error = socket.next(message -> message.path("type").asString().equals("error"));
        assertThat(error.path("data").path("code").asString()).isEqualTo("UNKNOWN_SYMBOL");

        book.trade("EUR/USD", System.currentTimeMillis(), new BigDecimal("1.08425"), 1);
        JsonNode quote = socket.next(message -> message.path("type").asString().equals("quote")
                && message.path("data").path("symbol").asString().equals("EUR/USD")
                && message.path("data").path("price").decimalValue().compareTo(new BigDecimal("1.08425")) == 0);
        assertThat(quote.path("id").asLong()).isPositive();
        assertThat(quote.path("data").path("serverTime").asString()).endsWith("Z");
        socket.close();
    }

    /** Three stored minutes of AMZN on 2026-11-20 and a replay of that day at 60x, created by the member. */
    private JsonNode replayOfThreeStoredMinutes() throws Exception {
        jdbc.sql("delete from marketdata_bars_1m where symbol = 'AMZN'").update();
        for (int minute = 0; minute < 3; minute++) {
            jdbc.sql("insert into marketdata_bars_1m (symbol, t, o, h, l, c, v, extended) values ('AMZN', ?, ?, ?, ?, ?, 60, false)")
                    .params(java.sql.Timestamp.from(java.time.Instant.parse("2026-11-20T14:30:00Z").plusSeconds(60L * minute)),
                            new BigDecimal(200 + minute), new BigDecimal(201 + minute), new BigDecimal(199 + minute),
                            new BigDecimal("200.5").add(BigDecimal.valueOf(minute))).update();
        }
        var created = member.performAuthorised(post("/api/v1/market/replays")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"symbol\":\"AMZN\",\"date\":\"2026-11-20\",\"speed\":60}"));
        assertThat(created.getResponse().getStatus()).as(created.getResponse().getContentAsString()).isEqualTo(201);
        return api.json(created);
    }

    @Test
    void aReplaysStreamCountsTowardTheMembersStreamLimit() throws Exception {
        JsonNode replay = replayOfThreeStoredMinutes();
        List<SseReader> live = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) { // tradesense.marketdata.stream.max-connections-per-user
                live.add(openSse("/api/v1/market/stream?symbols=AAPL", "Bearer " + member.accessToken()));
            }
            HttpResponse<java.io.InputStream> refused = http.send(HttpRequest.newBuilder(uri(
                    "/api/v1/market/replays/" + replay.path("id").asString() + "/stream")).header("Authorization",
                    "Bearer " + member.accessToken()).build(), HttpResponse.BodyHandlers.ofInputStream());
            try (java.io.InputStream body = refused.body()) {
                assertThat(refused.statusCode()).isEqualTo(429);
                assertThat(new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                        .contains("TOO_MANY_STREAMS");
            }
        } finally {
            for (SseReader stream : live) {
                stream.close();
            }
        }
    }

    @Test
    void aStoredDayReplaysAsALiveStreamAtItsSpeed() throws Exception {
        JsonNode replay = replayOfThreeStoredMinutes();
        assertThat(replay.path("bars").asInt()).isEqualTo(3);
        assertThat(replay.path("timezone").asString()).isEqualTo("America/New_York");

        SseReader stream = openSse("/api/v1/market/replays/" + replay.path("id").asString() + "/stream",
                "Bearer " + member.accessToken());
        SseEvent first = stream.next("quote", event -> true);
        assertThat(first.data.path("price").decimalValue()).isEqualByComparingTo("200");
        assertThat(first.data.path("timestamp").asString()).isEqualTo("2026-11-20T14:30:00.000Z");
        SseEvent done = stream.next("replay", event -> event.data.path("finished").asBoolean());
        assertThat(done.data.path("position").asInt()).isEqualTo(3);
        assertThat(stream.received()).filteredOn(event -> event.type.equals("bar")
                && event.data.path("complete").asBoolean()).hasSize(3);
        assertThat(book.quote("AMZN")).as("a replay never touches the live market").isEmpty();

        var invalid = member.performAuthorised(post("/api/v1/market/replays")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content("{\"symbol\":\"AMZN\",\"date\":\"2026-11-21\",\"speed\":120}"));
        assertThat(invalid.getResponse().getStatus()).isEqualTo(400);
        assertThat(invalid.getResponse().getContentAsString()).contains("speed");
    }

    @Test
    void anInstrumentAnAdminAddsStreamsAtOnceAndStopsStreamingWhenDisabled() throws Exception {
        TestApi.Client admin = api.client().signInAsAdmin();
        String symbol = "ZL" + java.util.concurrent.ThreadLocalRandom.current().nextInt(100_000, 999_999);
        var created = admin.performAuthorised(post("/api/v1/admin/instruments")
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .content(api.body(TestListings.newStock(symbol))));
        assertThat(created.getResponse().getStatus()).isEqualTo(201);

        SseReader stream = openSse("/api/v1/market/stream?symbols=" + symbol + ",NVDA",
                "Bearer " + member.accessToken());
        book.trade(symbol, System.currentTimeMillis(), new BigDecimal("42.55"), 100);
        stream.next("quote", event -> event.data.path("symbol").asString().equals(symbol)
                && event.data.path("price").decimalValue().compareTo(new BigDecimal("42.55")) == 0);
        assertThat(marketData.quote(symbol).orElseThrow().price()).isEqualByComparingTo("42.55");

        admin.performAuthorised(patch("/api/v1/admin/instruments/" + symbol)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"enabled\":false}"));
        book.trade(symbol, System.currentTimeMillis(), new BigDecimal("42.60"), 100);
        book.trade("NVDA", System.currentTimeMillis(), new BigDecimal("181.01"), 100);

        // One client's events arrive in the order they were offered: had the disabled symbol's trade gone out,
        // it would be here before NVDA's.
        stream.next("quote", event -> event.data.path("symbol").asString().equals("NVDA")
                && event.data.path("price").decimalValue().compareTo(new BigDecimal("181.01")) == 0);
        assertThat(stream.received()).noneMatch(event -> event.type.equals("quote")
                && event.data.path("symbol").asString().equals(symbol)
                && event.data.path("price").decimalValue().compareTo(new BigDecimal("42.60")) == 0);
        HttpResponse<String> refused = http.send(HttpRequest.newBuilder(uri("/api/v1/market/stream?symbols=" + symbol))
                .header("Authorization", "Bearer " + member.accessToken()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(400);
        stream.close();

        admin.performAuthorised(patch("/api/v1/admin/instruments/" + symbol)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON).content("{\"enabled\":true}"));
        SseReader again = openSse("/api/v1/market/stream?symbols=" + symbol, "Bearer " + member.accessToken());
        book.trade(symbol, System.currentTimeMillis(), new BigDecimal("42.70"), 100);
        again.next("quote", event -> event.data.path("price").decimalValue().compareTo(new BigDecimal("42.70")) == 0);
        again.close();
    }

    @Test
    void otherModulesHearEveryPriceChange() {
        List<PriceTick> ticks = new CopyOnWriteArrayList<>();
        PriceSubscription subscription = marketData.onPriceTick(tick -> {
            if (tick.symbol().equals("JPM")) {
                ticks.add(tick);
            }
        });
        book.trade("JPM", System.currentTimeMillis(), new BigDecimal("240.11"), 200);
        book.quote("JPM", System.currentTimeMillis(), new BigDecimal("240.10"), new BigDecimal("240.12"));
        subscription.cancel();
        book.trade("JPM", System.currentTimeMillis(), new BigDecimal("240.50"), 200);

        assertThat(ticks).hasSize(2);
        assertThat(ticks.get(0).last()).isEqualByComparingTo("240.11");
        assertThat(ticks.get(0).lastSize()).isEqualTo(200);
        assertThat(ticks.get(1).last()).isEqualByComparingTo("240.11");
        assertThat(ticks.get(1).bid()).isEqualByComparingTo("240.10");
        assertThat(ticks.get(1).ask()).isEqualByComparingTo("240.12");
        assertThat(ticks.get(1).lastSize()).isZero();
        assertThat(marketData.quote("JPM").orElseThrow().price()).isEqualByComparingTo("240.50");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private SseReader openSse(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Accept", "text/event-stream");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        HttpResponse<java.io.InputStream> response = http.send(request.build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");
        return new SseReader(response.body());
    }

    record SseEvent(long id, String type, JsonNode data) {
    }

    /** Parses the SSE stream on a background thread into events. */
    final class SseReader {

        private final java.io.InputStream body;
        private final LinkedBlockingQueue<SseEvent> events = new LinkedBlockingQueue<>();
        private final List<SseEvent> received = new CopyOnWriteArrayList<>();
        private final Future<?> reading;

        SseReader(java.io.InputStream body) {
            this.body = body;
            this.reading = readers.submit(() -> {
                try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
                    long id = 0;
                    String type = "message";
                    StringBuilder data = new StringBuilder();
                    for (String line; (line = lines.readLine()) != null; ) {
                        if (line.isEmpty()) {
                            if (!data.isEmpty()) {
                                SseEvent event = new SseEvent(id, type, json.readTree(data.toString()));
                                events.add(event);
                                received.add(event);
                            }
                            type = "message";
                            data.setLength(0);
                        } else if (line.startsWith("id: ")) {
                            id = Long.parseLong(line.substring(4));
                        } else if (line.startsWith("event: ")) {
                            type = line.substring(7);
                        } else if (line.startsWith("data: ")) {
                            data.append(line.substring(6));
                        }
                    }
                }
                return null;
            });
        }

        SseEvent next(String type, java.util.function.Predicate<SseEvent> match) throws InterruptedException {
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (System.nanoTime() < deadline) {
                SseEvent event = events.poll(100, TimeUnit.MILLISECONDS);
                if (event != null && event.type.equals(type) && match.test(event)) {
                    return event;
                }
            }
            throw new AssertionError("No matching '" + type + "' event within " + WAIT + "; got " + received);
        }

        List<SseEvent> received() {
            return new ArrayList<>(received);
        }

        void close() throws Exception {
            reading.cancel(true);
            body.close();
        }
    }

    /** An SSE request over a plain socket, to see the response as it is on the wire or to stop reading it. */
    static final class RawStream implements AutoCloseable {

        final String head;
        private final java.net.Socket socket;
        private final java.io.InputStream in;
        private final StringBuilder body = new StringBuilder();

        private RawStream(java.net.Socket socket, String head, String bodyStart) throws java.io.IOException {
            this.socket = socket;
            this.in = socket.getInputStream();
            this.head = head;
            body.append(bodyStart);
        }

        static RawStream open(int port, String path, String authorization, int receiveBuffer) throws Exception {
            java.net.Socket socket = new java.net.Socket();
            socket.setReceiveBufferSize(receiveBuffer);
            socket.connect(new java.net.InetSocketAddress("127.0.0.1", port));
            socket.setSoTimeout((int) WAIT.toMillis());
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + authorization + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            StringBuilder received = new StringBuilder();
            byte[] buffer = new byte[512];
            int end;
            while ((end = received.indexOf("\r\n\r\n")) < 0) {
                int read = socket.getInputStream().read(buffer);
                if (read < 0) {
                    throw new AssertionError("connection closed before the response head: " + received);
                }
                received.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return new RawStream(socket, received.substring(0, end), received.substring(end + 4));
        }

        /** The body received until it contains {@code text}. */
        String readUntil(String text) throws java.io.IOException {
            byte[] buffer = new byte[4096];
            while (!body.toString().contains(text)) {
                int read = in.read(buffer);
                if (read < 0) {
                    throw new AssertionError("stream ended without " + text + ": " + body);
                }
                body.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
            }
            return body.toString();
        }

        /** Reads whatever is still on its way and answers whether the server then closed the connection. */
        boolean readsToEndWithin(Duration wait) throws java.io.IOException {
            long deadline = System.nanoTime() + wait.toNanos();
            byte[] buffer = new byte[64 * 1024];
            try {
                while (System.nanoTime() < deadline) {
                    if (in.read(buffer) < 0) {
                        return true;
                    }
                }
            } catch (java.net.SocketException reset) {
                return true;
            } catch (java.net.SocketTimeoutException stillOpen) {
                return false;
            }
            return false;
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }
}
