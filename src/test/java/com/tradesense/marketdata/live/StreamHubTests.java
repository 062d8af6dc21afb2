package com.tradesense.marketdata.live;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.TestUniverse;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.platform.ApiException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/** The fan-out's guarantees without a network: conflation, isolation of a stalled client, limits and clean-up. */
class StreamHubTests {

    private final Clock clock = Clock.systemUTC();
    private final StreamProperties properties = new StreamProperties(3, 2, 5, Duration.ofSeconds(10),
            Duration.ofSeconds(15), 4, Duration.ofMillis(250), "test", DataSize.ofKilobytes(2), DataSize.ofKilobytes(64));
    private LiveBook book;
    private StreamHub hub;

    @BeforeEach
    void createHub() {
        LiveBook[] holder = new LiveBook[1];
        hub = new StreamHub(() -> holder[0], TradingCalendars.standard(), clock, properties, JsonMapper.builder().build());
        book = new LiveBook(clock, new PriceTickListeners(), hub, (symbol, bar, extended) -> { });
        TestUniverse universe = TestUniverse.all();
        universe.instruments().forEach(simulated -> book.add(simulated.instrument(),
                universe.calendar(simulated.instrument().calendar())));
        holder[0] = book;
    }

    @AfterEach
    void stopHub() {
        hub.shutdown();
    }

    @Test
    void aStalledClientKeepsOnlyTheNewestQuoteAndBarWhileOthersGetEveryUpdate() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RecordingClient stalled = new RecordingClient("stalled", release);
        RecordingClient healthy = new RecordingClient("healthy", null);
        hub.open(stalled, List.of("AAPL"), 0);
        hub.open(healthy, List.of("AAPL"), 0);

        long now = System.currentTimeMillis();
        for (int i = 1; i <= 500; i++) {
            book.trade("AAPL", now, new BigDecimal("200").add(BigDecimal.valueOf(i, 2)), 1);
            if (i % 50 == 0) {
                // The healthy client drains as it goes; the stalled one is stuck in its first write meanwhile.
                String expected = price(i);
                await().atMost(5, TimeUnit.SECONDS).until(() -> healthy.lastPrice().equals(expected));
            }
        }
        release.countDown();
        await().atMost(5, TimeUnit.SECONDS).until(() -> stalled.lastPrice().equals("205.00"));

        assertThat(healthy.quotes()).hasSizeGreaterThanOrEqualTo(10);
        // First write (the snapshot or first update) plus one conflated batch: the newest quote and bar only.
        assertThat(stalled.quotes()).hasSizeLessThanOrEqualTo(3);
        assertThat(stalled.isClosed()).isFalse();
    }

    private static String price(int i) {
        return new BigDecimal("200").add(BigDecimal.valueOf(i, 2)).toPlainString();
    }

    @Test
    void aClientWaitingForItsSocketToDrainHoldsNoWriterAndThenGetsOnlyTheNewest() throws Exception {
        ExecutorService oneWriter = Executors.newSingleThreadExecutor();
        try {
            SocketClient waiting = new SocketClient("waiting", oneWriter);
            RecordingClient healthy = new RecordingClient("healthy", null, oneWriter);
            hub.open(waiting, List.of("AAPL"), 0);
            hub.open(healthy, List.of("AAPL"), 0);

            long now = System.currentTimeMillis();
            for (int i = 1; i <= 300; i++) {
                book.trade("AAPL", now, new BigDecimal("200").add(BigDecimal.valueOf(i, 2)), 1);
            }
            // One writer thread serves both: the waiting client cannot have held it.
            await().atMost(5, TimeUnit.SECONDS).until(() -> healthy.lastPrice().equals("203.00"));
            assertThat(waiting.events).isEmpty();

            waiting.drained();
            await().atMost(5, TimeUnit.SECONDS).until(() -> waiting.events.stream()
                    .anyMatch(event -> event.type.equals("quote")));
            // The exchange's status (ordered, kept) and the newest quote and forming bar: 300 updates conflated.
            assertThat(waiting.events).extracting(event -> event.type).containsExactly("status", "quote", "bar");
            assertThat(waiting.events.get(1).data).contains("\"price\":203.00");
        } finally {
            oneWriter.shutdownNow();
        }
    }

    @Test
    void aClientThatFallsTooFarBehindOnOrderedEventsIsDropped() {
        CountDownLatch never = new CountDownLatch(1);
        RecordingClient stalled = new RecordingClient("stalled", never);
        hub.open(stalled, List.of("AAPL"), 0);
        book.trade("AAPL", System.currentTimeMillis(), new BigDecimal("200"), 1);
        await().atMost(5, TimeUnit.SECONDS).until(() -> stalled.writing);
        for (int minute = 0; minute < properties.maxQueuedEvents() + 1; minute++) {
            book.minuteBar("AAPL", new com.tradesense.marketdata.Bar(java.time.Instant.ofEpochSecond(60L * minute),
                    BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, 1));
        }
        assertThat(stalled.isClosed()).isTrue();
        assertThat(hub.clientCount()).isZero();
        assertThat(hub.droppedCount()).isEqualTo(1);
        never.countDown();
    }

    @Test
    void limitsSymbolsPerClientAndStreamsPerUser() {
        assertThatThrownBy(() -> hub.open(new RecordingClient("u", null), List.of("AAPL", "ATW", "BTC-USD", "SPX"), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.code()).isEqualTo("TOO_MANY_SYMBOLS"));
        hub.open(new RecordingClient("u", null), List.of("AAPL"), 0);
        hub.open(new RecordingClient("u", null), List.of("AAPL"), 0);
        assertThatThrownBy(() -> hub.open(new RecordingClient("u", null), List.of("AAPL"), 0))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(429));
        hub.open(new RecordingClient("someone-else", null), List.of("AAPL"), 0);
    }

    @Test
    void leavesNothingBehindAfterManyConnectAndDisconnectCycles() {
        for (int i = 0; i < 100_000; i++) {
            RecordingClient client = new RecordingClient("user-" + (i % 7), null, Runnable::run);
            hub.open(client, List.of("AAPL", "BTC-USD"), 0);
            hub.close(client);
        }
        assertThat(hub.clientCount()).isZero();
        assertThat(book.state("AAPL").orElseThrow().subscribers).isEmpty();
        assertThat(book.state("BTC-USD").orElseThrow().subscribers).isEmpty();
        // Every user may open the full number of streams again: no connection count leaked.
        for (int i = 0; i < properties.maxConnectionsPerUser(); i++) {
            hub.open(new RecordingClient("user-0", null), List.of("AAPL"), 0);
        }
    }

    @Test
    void aClientThatHangsUpOnItsFirstSnapshotIsLeftInNoSubscriberList() {
        // Found by bench/stream-churn.sh: a WebSocket client that read the first snapshot and reset the connection
        // while its subscribe was still joining the symbols' subscribers stayed in them, with its session, for good.
        RecordingClient[] hangsUp = new RecordingClient[1];
        hangsUp[0] = new RecordingClient("u", null, Runnable::run) {
            @Override
            boolean write(List<LiveEvent> batch) throws IOException {
                hub.close(hangsUp[0]);
                return super.write(batch);
            }
        };
        book.trade("AAPL", System.currentTimeMillis(), new BigDecimal("190.00"), 1);
        hub.open(hangsUp[0], List.of(), 0);
        hub.subscribe(hangsUp[0], List.of("AAPL", "BTC-USD"));

        assertThat(hub.clientCount()).isZero();
        assertThat(book.state("AAPL").orElseThrow().subscribers).doesNotContain(hangsUp[0]);
        assertThat(book.state("BTC-USD").orElseThrow().subscribers).doesNotContain(hangsUp[0]);
        assertThat(hangsUp[0].symbols).isEmpty();
    }

    @Test
    void resumingSkipsSnapshotsTheClientAlreadySaw() {
        book.trade("ATW", System.currentTimeMillis(), new BigDecimal("700.10"), 1);
        long seen = book.lastEventId();
        RecordingClient resumed = new RecordingClient("u", null, Runnable::run);
        hub.open(resumed, List.of("ATW"), seen);
        assertThat(resumed.events).noneMatch(event -> event.type.equals("quote") || event.type.equals("bar"));
        RecordingClient fresh = new RecordingClient("u", null, Runnable::run);
        hub.open(fresh, List.of("ATW"), 0);
        assertThat(fresh.events).anyMatch(event -> event.type.equals("quote"));
        assertThat(fresh.events).anyMatch(event -> event.type.equals("status")
                && event.data.contains("\"exchange\":\"BVC\""));
    }

    /** Records what it is sent; optionally blocks its first write until released, like a client that stopped reading. */
    private class RecordingClient extends StreamClient {

        final List<LiveEvent> events = new CopyOnWriteArrayList<>();
        private final CountDownLatch release;
        volatile boolean writing;

        RecordingClient(String user, CountDownLatch release) {
            this(user, release, null);
        }

        RecordingClient(String user, CountDownLatch release, Executor executor) {
            super(hub.nextClientId(), user, properties.maxQueuedEvents(), executor == null ? hub.writers() : executor);
            this.release = release;
        }

        @Override
        boolean write(List<LiveEvent> batch) throws IOException {
            writing = true;
            if (release != null) {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException(e);
                }
            }
            events.addAll(batch);
            return true;
        }

        @Override
        void release() {
        }

        List<LiveEvent> quotes() {
            List<LiveEvent> quotes = new ArrayList<>();
            events.stream().filter(event -> event.type.equals("quote")).forEach(quotes::add);
            return quotes;
        }

        String lastPrice() {
            List<LiveEvent> quotes = quotes();
            if (quotes.isEmpty()) {
                return "";
            }
            String data = quotes.get(quotes.size() - 1).data;
            int at = data.indexOf("\"price\":") + 8;
            return data.substring(at, data.indexOf(',', at));
        }
    }

    /** A non-blocking transport whose socket is full until {@link #drained()}. */
    private final class SocketClient extends StreamClient {

        final List<LiveEvent> events = new CopyOnWriteArrayList<>();
        private volatile boolean writable;

        SocketClient(String user, Executor executor) {
            super(hub.nextClientId(), user, properties.maxQueuedEvents(), executor);
        }

        void drained() {
            writable = true;
            resume();
        }

        @Override
        boolean writable() {
            return writable;
        }

        @Override
        boolean write(List<LiveEvent> batch) {
            events.addAll(batch);
            return true;
        }

        @Override
        void release() {
        }
    }
}
