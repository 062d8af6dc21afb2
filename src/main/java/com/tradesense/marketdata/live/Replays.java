package com.tradesense.marketdata.live;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.calendar.TradingDay;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.platform.ApiException;
import org.springframework.stereotype.Service;

/**
 * Replays of stored days, per member and per node: created, then played to one SSE stream at their speed. A replay
 * that nobody streams for {@link #UNCLAIMED} is forgotten, and one ends with its stream.
 */
@Service
class Replays {

    static final int MAX_SPEED = 60;
    static final int MAX_PER_USER = 3;
    private static final Duration UNCLAIMED = Duration.ofMinutes(10);
    private static final long TICK_MILLIS = 100;
    private static final int MINUTES_PER_DAY = 24 * 60;

    private final Instruments instruments;
    private final TradingCalendars calendars;
    private final BarRepository bars;
    private final StreamHub hub;
    private final StreamProperties properties;
    private final Clock clock;
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final ScheduledExecutorService player = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "marketdata-replay");
        thread.setDaemon(true);
        return thread;
    });

    private static final class Session {
        final Replay replay;
        final Instant createdAt;
        final AtomicLong eventIds = new AtomicLong();
        volatile StreamClient client;
        volatile ScheduledFuture<?> playing;

        Session(Replay replay, Instant createdAt) {
            this.replay = replay;
            this.createdAt = createdAt;
        }
    }

    /** What a created replay will play. */
    record ReplayView(String id, String symbol, LocalDate tradingDate, String timezone, int speed, int bars,
            Instant startsAt, Instant endsAt, boolean includeExtendedHours) {
    }

    Replays(Instruments instruments, TradingCalendars calendars, BarRepository bars, StreamHub hub,
            StreamProperties properties, Clock clock) {
        this.instruments = instruments;
        this.calendars = calendars;
        this.bars = bars;
        this.hub = hub;
        this.properties = properties;
        this.clock = clock;
        player.scheduleWithFixedDelay(this::forgetUnclaimed, 1, 1, TimeUnit.MINUTES);
    }

    ReplayView create(String userId, String symbol, LocalDate date, int speed, boolean extendedHours) {
        if (speed < 1 || speed > MAX_SPEED) {
            throw ApiException.badRequest("INVALID_SPEED", "speed", "speed must be between 1 and " + MAX_SPEED);
        }
        Instrument instrument = instruments.find(symbol).orElseThrow(() -> CatalogInstruments.notFound(symbol));
        TradingCalendar calendar = calendars.byId(instrument.calendar()).orElseThrow();
        TradingDay day = calendar.tradingDay(date).orElseThrow(() -> ApiException.badRequest("NOT_A_TRADING_DAY",
                "date", instrument.exchange() + " does not trade on " + date));
        List<Bar> minutes = bars.minuteBars(instrument.symbol(), extendedHours ? day.preMarketOpen() : day.open(),
                extendedHours ? day.afterHoursClose() : day.close(), extendedHours, MINUTES_PER_DAY);
        if (minutes.isEmpty()) {
            throw ApiException.unprocessable("NO_HISTORY_FOR_DATE", "No 1-minute history of " + instrument.symbol()
                    + " is stored for " + date + " (the last 30 trading days are kept).");
        }
        if (sessions.values().stream().filter(s -> s.replay.userId.equals(userId)).count() >= MAX_PER_USER) {
            throw ApiException.unprocessable("TOO_MANY_REPLAYS", "At most " + MAX_PER_USER
                    + " replays at a time; stop one first.");
        }
        String id = UUID.randomUUID().toString();
        Replay replay = new Replay(id, userId, new SymbolState(0, instrument, calendar), minutes, speed);
        sessions.put(id, new Session(replay, clock.instant()));
        return view(replay, calendar, date, extendedHours);
    }

    /**
     * Starts playing the replay to a new SSE client, for the caller to {@link SseStreamClient#respond answer} its
     * request with; 404 for a replay that is not the member's or no longer exists.
     */
    SseStreamClient stream(String userId, String id) {
        Session session = owned(userId, id);
        synchronized (session) {
            if (session.client != null) {
                throw ApiException.conflict("REPLAY_ALREADY_STREAMING", "This replay is already being played.");
            }
            SseStreamClient client = new SseStreamClient(hub.nextClientId(), userId, properties, hub.writers());
            // Registered with the hub on no symbols: the member's stream limit, the heartbeat and the watchdog that
            // drops a stalled or overflowing client cover a replay's stream like a live one (429 past the limit).
            hub.open(client, List.of(), 0);
            client.onDisconnect(() -> stop(session));
            session.client = client;
            session.playing = player.scheduleAtFixedRate(() -> play(session), 0, TICK_MILLIS, TimeUnit.MILLISECONDS);
            return client;
        }
    }

    void delete(String userId, String id) {
        stop(owned(userId, id));
    }

    private void play(Session session) {
        Replay replay = session.replay;
        StreamClient client = session.client;
        if (client.isClosed()) {
            // dropped by the hub's watchdog (stalled or too far behind)
            stop(session);
            return;
        }
        long now = clock.instant().toEpochMilli();
        boolean more = replay.advanceTo(now, new Replay.Listener() {
            @Override
            public void trade(long replayMillis) {
                long id = session.eventIds.incrementAndGet();
                client.offer(List.of(
                        new LiveEvent(id, "quote", LiveEvent.quoteKey(0), LiveJson.quote(replay.state, now)),
                        new LiveEvent(id, "bar", LiveEvent.barKey(0), LiveJson.formingBar(replay.state, now))));
            }

            @Override
            public void minuteCompleted(Bar bar) {
                client.offer(new LiveEvent(session.eventIds.incrementAndGet(), "bar", LiveEvent.ORDERED,
                        LiveJson.completedBar(replay.state.symbol(), Math.floorDiv(bar.t().toEpochMilli(), 60_000),
                                bar.o(), bar.h(), bar.l(), bar.c(), bar.v(), now)));
                client.offer(progress(session, false, now));
            }
        });
        if (!more) {
            client.offer(progress(session, true, now));
            session.playing.cancel(false);
            // Let the last events drain, then end the stream.
            player.schedule(() -> stop(session), 2, TimeUnit.SECONDS);
        }
    }

    private LiveEvent progress(Session session, boolean finished, long now) {
        Replay replay = session.replay;
        StringBuilder json = new StringBuilder(160).append("{\"id\":\"").append(replay.id).append("\",\"position\":")
                .append(replay.position()).append(",\"total\":").append(replay.bars.size())
                .append(",\"finished\":").append(finished).append(",\"serverTime\":\"");
        LiveJson.instant(json, now);
        return new LiveEvent(session.eventIds.incrementAndGet(), "replay", LiveEvent.ORDERED,
                json.append("\"}").toString());
    }

    private void stop(Session session) {
        sessions.remove(session.replay.id);
        ScheduledFuture<?> playing = session.playing;
        if (playing != null) {
            playing.cancel(false);
        }
        StreamClient client = session.client;
        if (client != null) {
            hub.close(client);
        }
    }

    private Session owned(String userId, String id) {
        Session session = sessions.get(id);
        if (session == null || !session.replay.userId.equals(userId)) {
            throw ApiException.notFound("REPLAY_NOT_FOUND", "No replay " + id + ".");
        }
        return session;
    }

    private void forgetUnclaimed() {
        Instant cutoff = clock.instant().minus(UNCLAIMED);
        sessions.values().stream().filter(s -> s.client == null && s.createdAt.isBefore(cutoff)).toList()
                .forEach(this::stop);
    }

    private static ReplayView view(Replay replay, TradingCalendar calendar, LocalDate date, boolean extended) {
        return new ReplayView(replay.id, replay.state.symbol(), date, calendar.zone().getId(), replay.speed,
                replay.bars.size(), replay.bars.get(0).t(), Instant.ofEpochMilli(replay.endMillis()), extended);
    }
}
