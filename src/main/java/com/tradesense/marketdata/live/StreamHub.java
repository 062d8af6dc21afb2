package com.tradesense.marketdata.live;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.calendar.ExchangeStatus;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.platform.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fans the live book's events out to every connected stream client: one upstream per provider, any number of
 * clients. Holds the per-client and per-user limits, the heartbeat, the watchdog that drops clients whose writes are
 * stuck, and the exchange status events.
 */
final class StreamHub implements LiveBook.LiveEventSink {

    private static final Logger log = LoggerFactory.getLogger(StreamHub.class);

    private final LiveBookAccess book;
    private final TradingCalendars calendars;
    private final Clock clock;
    private final StreamProperties properties;
    private final JsonMapper json;
    private final Map<Long, StreamClient> clients = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> connectionsPerUser = new ConcurrentHashMap<>();
    private final Map<String, SessionPhase> phases = new ConcurrentHashMap<>();
    private final AtomicLong clientIds = new AtomicLong();
    private final LongAdder dropped = new LongAdder();
    private final ExecutorService writers;
    private final ScheduledExecutorService timers;

    /** The book, reached late: the book publishes into the hub, and the hub reads snapshots from the book. */
    interface LiveBookAccess {
        LiveBook book();
    }

    StreamHub(LiveBookAccess book, TradingCalendars calendars, Clock clock, StreamProperties properties,
            JsonMapper json) {
        this.book = book;
        this.calendars = calendars;
        this.clock = clock;
        this.properties = properties;
        this.json = json;
        AtomicInteger threads = new AtomicInteger();
        this.writers = Executors.newFixedThreadPool(properties.writerThreads(), runnable -> {
            Thread thread = new Thread(runnable, "marketdata-stream-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.timers = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "marketdata-stream-timer");
            thread.setDaemon(true);
            return thread;
        });
        for (String exchange : calendars.exchanges()) {
            phases.put(exchange, calendars.forExchange(exchange).orElseThrow().phaseAt(clock.instant()));
        }
        long heartbeat = properties.heartbeat().toMillis();
        timers.scheduleWithFixedDelay(this::heartbeat, heartbeat, heartbeat, TimeUnit.MILLISECONDS);
        timers.scheduleWithFixedDelay(this::watchdogAndStatus, 1, 1, TimeUnit.SECONDS);
    }

    java.util.concurrent.Executor writers() {
        return writers;
    }

    long nextClientId() {
        return clientIds.incrementAndGet();
    }

    /**
     * Registers a connected client and sends it the current status of its symbols' exchanges and the newest quote and
     * forming bar of each symbol, skipping what a resuming client already saw.
     *
     * @param lastEventId the id of the last event the client received, or 0 for a fresh connection
     * @throws ApiException 400 naming {@code symbols} (unknown or too many), 429 when the user has too many streams
     */
    void open(StreamClient client, Collection<String> symbols, long lastEventId) {
        List<SymbolState> states = resolve(symbols, 0);
        AtomicInteger count = connectionsPerUser.computeIfAbsent(client.userId, user -> new AtomicInteger());
        if (count.incrementAndGet() > properties.maxConnectionsPerUser()) {
            count.decrementAndGet();
            throw new ApiException(429, "TOO_MANY_STREAMS", "At most " + properties.maxConnectionsPerUser()
                    + " live streams per user; close one first.");
        }
        client.onOverflow(() -> drop(client, "fell too far behind"));
        clients.put(client.id, client);
        Set<String> exchanges = new java.util.LinkedHashSet<>();
        // Indices list on no venue of their own (exchange INDEX): they have no status event.
        states.stream().map(state -> state.instrument.exchange())
                .filter(exchange -> calendars.forExchange(exchange).isPresent()).forEach(exchanges::add);
        for (String exchange : exchanges) {
            client.offer(statusEvent(exchange, LiveEvent.ORDERED));
        }
        subscribe(client, states, lastEventId);
    }

    /** Adds symbols to a connected client (WebSocket {@code subscribe}). */
    void subscribe(StreamClient client, Collection<String> symbols) {
        subscribe(client, resolve(symbols, client.symbols.size()), 0);
    }

    void unsubscribe(StreamClient client, Collection<String> symbols) {
        for (String symbol : symbols) {
            book.book().state(normalise(symbol)).ifPresent(state -> {
                state.subscribers.remove(client);
                client.symbols.remove(state);
            });
        }
    }

    /** Unregisters a client that went away or is being dropped; idempotent. */
    void close(StreamClient client) {
        if (clients.remove(client.id) == null) {
            return;
        }
        for (SymbolState state : client.symbols) {
            state.subscribers.remove(client);
        }
        client.symbols.clear();
        AtomicInteger count = connectionsPerUser.get(client.userId);
        if (count != null && count.decrementAndGet() <= 0) {
            connectionsPerUser.remove(client.userId, count);
        }
        client.close();
    }

    /** Unsubscribes every client from a symbol that was delisted; they stay connected for their other symbols. */
    void delist(SymbolState state) {
        for (StreamClient client : state.subscribers) {
            state.subscribers.remove(client);
            client.symbols.remove(state);
        }
    }

    int clientCount() {
        return clients.size();
    }

    long droppedCount() {
        return dropped.sum();
    }

    @Override
    public void publish(SymbolState symbol, List<LiveEvent> events) {
        for (StreamClient client : symbol.subscribers) {
            client.offer(events);
        }
    }

    void shutdown() {
        timers.shutdownNow();
        new ArrayList<>(clients.values()).forEach(this::close);
        writers.shutdownNow();
    }

    private void subscribe(StreamClient client, List<SymbolState> states, long lastEventId) {
        for (SymbolState state : states) {
            if (client.symbols.add(state)) {
                // Snapshot before joining the subscribers: an update racing in after it is newer and conflates over it.
                client.offer(book.book().snapshot(state).stream().filter(event -> event.id > lastEventId).toList());
                state.subscribers.add(client);
                if (!clients.containsKey(client.id)) {
                    // The client went away meanwhile (it may have read the snapshot and hung up) and close() has run,
                    // or is past unregistering it: leave nothing it would not find. Joining before this check and
                    // close() unregistering before it unsubscribes means one of the two always sees the other.
                    state.subscribers.remove(client);
                    client.symbols.remove(state);
                    return;
                }
            }
        }
    }

    private List<SymbolState> resolve(Collection<String> symbols, int alreadySubscribed) {
        Map<String, SymbolState> states = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (String symbol : symbols) {
            book.book().state(normalise(symbol)).ifPresentOrElse(state -> states.put(state.symbol(), state),
                    () -> unknown.add(symbol));
        }
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("UNKNOWN_SYMBOL", "symbols", "Unknown or not streamed: "
                    + String.join(", ", unknown));
        }
        if (states.size() + alreadySubscribed > properties.maxSymbolsPerClient()) {
            throw ApiException.badRequest("TOO_MANY_SYMBOLS", "symbols", "At most "
                    + properties.maxSymbolsPerClient() + " symbols per stream");
        }
        return List.copyOf(states.values());
    }

    /** Catalog symbols are upper case, and FX pairs may be written with '-' for the '/' (EUR-USD). */
    private String normalise(String symbol) {
        String upper = symbol.trim().toUpperCase(java.util.Locale.ROOT);
        if (book.book().state(upper).isEmpty() && upper.length() == 7 && upper.charAt(3) == '-') {
            String fx = upper.substring(0, 3) + "/" + upper.substring(4);
            if (book.book().state(fx).isPresent()) {
                return fx;
            }
        }
        return upper;
    }

    private void drop(StreamClient client, String why) {
        if (clients.containsKey(client.id)) {
            dropped.increment();
            log.info("Dropping live stream client {} of user {}: {}", client.id, client.userId, why);
            close(client);
        }
    }

    private void heartbeat() {
        LiveEvent heartbeat = LiveEvent.heartbeat(clock.instant().toEpochMilli());
        for (StreamClient client : clients.values()) {
            client.offer(heartbeat);
        }
    }

    private void watchdogAndStatus() {
        try {
            long now = System.nanoTime();
            long limit = properties.writeTimeout().toNanos();
            for (StreamClient client : clients.values()) {
                if (client.isClosed()) {
                    close(client);
                } else if (client.writeBlockedNanos(now) > limit) {
                    drop(client, "a write was blocked for over " + properties.writeTimeout().toSeconds() + " s");
                }
            }
            Instant instant = clock.instant();
            for (String exchange : calendars.exchanges()) {
                SessionPhase phase = calendars.forExchange(exchange).orElseThrow().phaseAt(instant);
                if (phases.put(exchange, phase) != phase) {
                    broadcastStatus(exchange);
                }
            }
        } catch (RuntimeException e) {
            log.warn("Live stream housekeeping failed", e);
        }
    }

    private void broadcastStatus(String exchange) {
        LiveEvent event = statusEvent(exchange, LiveEvent.ORDERED);
        for (StreamClient client : clients.values()) {
            if (client.symbols.stream().anyMatch(state -> state.instrument.exchange().equals(exchange))) {
                client.offer(event);
            }
        }
    }

    private LiveEvent statusEvent(String exchange, long conflationKey) {
        TradingCalendar calendar = calendars.forExchange(exchange).orElseThrow();
        Instant now = clock.instant();
        Map<String, Object> data = new LinkedHashMap<>();
        ExchangeStatus status = ExchangeStatus.of(exchange, calendar, now);
        data.put("exchange", status.exchange());
        data.put("session", status.session());
        data.put("tradingDate", status.tradingDate().toString());
        data.put("timezone", status.timezone());
        data.put("isHoliday", status.isHoliday());
        data.put("earlyClose", status.earlyClose());
        data.put("nextOpen", status.nextOpen().toString());
        data.put("nextClose", status.nextClose().toString());
        data.put("serverTime", now.toString());
        return new LiveEvent(book.book().lastEventId(), "status", conflationKey, json.writeValueAsString(data));
    }
}
