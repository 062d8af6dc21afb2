package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.SessionPhase;

/**
 * The in-memory market: every instrument's live state, fed by the providers through {@link FeedSink} and read by
 * quotes, the stream hub and the other modules' price-tick listeners. Events are built only for symbols someone
 * listens to, so an unwatched instrument costs one state update per message.
 */
final class LiveBook implements FeedSink {

    private final Map<String, SymbolState> bySymbol = new ConcurrentHashMap<>();
    private volatile SymbolState[] byIndex = new SymbolState[0];
    private final AtomicLong eventIds;
    private final Clock clock;
    private final PriceTickListeners tickListeners;
    private final LiveEventSink events;
    private final MinuteBarStore barStore;

    /**
     * Where built events go: the stream hub. The events of one update arrive together (a trade's quote and forming
     * bar), so each subscriber gets them in one write.
     */
    interface LiveEventSink {
        void publish(SymbolState symbol, List<LiveEvent> events);
    }

    /** Where completed minutes go to be stored. */
    interface MinuteBarStore {
        void store(SymbolState symbol, Bar bar, boolean extended);
    }

    LiveBook(Clock clock, PriceTickListeners tickListeners, LiveEventSink events, MinuteBarStore barStore) {
        this.clock = clock;
        this.tickListeners = tickListeners;
        this.events = events;
        this.barStore = barStore;
        // Ids grow across restarts too, so a client resuming with an id from before one never skips new events.
        this.eventIds = new AtomicLong(clock.instant().toEpochMilli() * 1000);
    }

    /**
     * Adds an instrument, at start or when an admin enables one while running (re-listing it if it was disabled).
     * Writers are serialised here and readers see either the old array or the grown one, never a partial one.
     */
    synchronized SymbolState add(com.tradesense.marketdata.Instrument instrument,
            com.tradesense.marketdata.calendar.TradingCalendar calendar) {
        SymbolState existing = bySymbol.get(instrument.symbol());
        if (existing != null) {
            existing.listed = true;
            return existing;
        }
        SymbolState[] grown = java.util.Arrays.copyOf(byIndex, byIndex.length + 1);
        SymbolState state = new SymbolState(grown.length - 1, instrument, calendar);
        grown[state.index] = state;
        byIndex = grown;
        bySymbol.put(instrument.symbol(), state);
        return state;
    }

    /**
     * Stops an instrument an admin disabled: its feed messages are dropped from now on and it can no longer be
     * subscribed to; the caller unsubscribes its clients.
     */
    Optional<SymbolState> delist(String symbol) {
        SymbolState state = bySymbol.get(symbol);
        if (state != null) {
            state.listed = false;
        }
        return Optional.ofNullable(state);
    }

    Optional<SymbolState> state(String symbol) {
        return Optional.ofNullable(bySymbol.get(symbol)).filter(state -> state.listed);
    }

    /** The listed instruments, in book order. */
    Collection<SymbolState> states() {
        return java.util.Arrays.stream(byIndex).filter(state -> state.listed).toList();
    }

    long lastEventId() {
        return eventIds.get();
    }

    Optional<Quote> quote(String symbol) {
        SymbolState state = known(symbol);
        if (state == null) {
            return Optional.empty();
        }
        synchronized (state) {
            return Optional.ofNullable(state.quote(clock.instant().toEpochMilli()));
        }
    }

    @Override
    public void trade(String symbol, long epochMillis, BigDecimal price, long size) {
        applyTrade(symbol, epochMillis, price, size, 0);
    }

    /**
     * Applies a print under the given event id (a relayed one) or, with 0, a new id.
     *
     * @return the event id, or 0 for an unknown symbol
     */
    long applyTrade(String symbol, long epochMillis, BigDecimal price, long size, long relayedId) {
        SymbolState state = known(symbol);
        if (state == null) {
            return 0;
        }
        synchronized (state) {
            long id = nextId(relayedId);
            state.applyTrade(epochMillis, state.units(price), size);
            state.quoteSeq = id;
            state.barSeq = id;
            if (!state.subscribers.isEmpty()) {
                long now = clock.instant().toEpochMilli();
                events.publish(state, List.of(quoteEvent(state, id, now), formingBar(state, id, now)));
            }
            tick(state);
            return id;
        }
    }

    @Override
    public void quote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask) {
        applyQuote(symbol, epochMillis, bid, ask, 0);
    }

    /** @return the event id, or 0 for an unknown symbol */
    long applyQuote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask, long relayedId) {
        SymbolState state = known(symbol);
        if (state == null) {
            return 0;
        }
        synchronized (state) {
            long id = nextId(relayedId);
            state.applyQuote(epochMillis, state.units(bid), state.units(ask));
            state.quoteSeq = id;
            if (!state.subscribers.isEmpty()) {
                events.publish(state, List.of(quoteEvent(state, id, clock.instant().toEpochMilli())));
            }
            tick(state);
            return id;
        }
    }

    /** A relayed id keeps every node's ids equal to the leader's, so a client may resume on any node. */
    private long nextId(long relayedId) {
        if (relayedId == 0) {
            return eventIds.incrementAndGet();
        }
        eventIds.accumulateAndGet(relayedId, Math::max);
        return relayedId;
    }

    @Override
    public void minuteBar(String symbol, Bar bar) {
        applyMinuteBar(symbol, bar, 0);
    }

    /** @return the event id, or 0 for an unknown symbol */
    long applyMinuteBar(String symbol, Bar bar, long relayedId) {
        SymbolState state = known(symbol);
        if (state == null) {
            return 0;
        }
        boolean extended;
        long id;
        synchronized (state) {
            id = nextId(relayedId);
            long millis = bar.t().toEpochMilli();
            extended = state.phase(millis) != SessionPhase.OPEN;
            if (!state.subscribers.isEmpty()) {
                events.publish(state, List.of(new LiveEvent(id, "bar", LiveEvent.ORDERED,
                        LiveJson.completedBar(state.symbol(), Math.floorDiv(millis, 60_000), bar.o(), bar.h(), bar.l(),
                                bar.c(), bar.v(), clock.instant().toEpochMilli()))));
            }
        }
        barStore.store(state, bar, extended);
        return id;
    }

    /** The newest quote and forming bar of a symbol as events, for a client that subscribes or resumes. */
    List<LiveEvent> snapshot(SymbolState state) {
        synchronized (state) {
            long now = clock.instant().toEpochMilli();
            if (state.last == SymbolState.NONE) {
                return List.of();
            }
            LiveEvent quote = quoteEvent(state, state.quoteSeq, now);
            if (state.barMinute == SymbolState.NONE) {
                return List.of(quote);
            }
            return List.of(quote, formingBar(state, state.barSeq, now));
        }
    }

    private static LiveEvent quoteEvent(SymbolState state, long id, long now) {
        return new LiveEvent(id, "quote", LiveEvent.quoteKey(state.index), LiveJson.quote(state, now));
    }

    private static LiveEvent formingBar(SymbolState state, long id, long now) {
        return new LiveEvent(id, "bar", LiveEvent.barKey(state.index), LiveJson.formingBar(state, now));
    }

    private void tick(SymbolState state) {
        if (!tickListeners.isEmpty() && state.last != SymbolState.NONE) {
            long last = state.last;
            tickListeners.publish(new PriceTick(state.symbol(), state.decimal(last),
                    state.decimal(state.bid == SymbolState.NONE ? last : state.bid),
                    state.decimal(state.ask == SymbolState.NONE ? last : state.ask), state.sizeSinceTick,
                    Instant.ofEpochMilli(Math.max(state.tradeMillis, state.quoteMillis))));
        }
        state.sizeSinceTick = 0;
    }

    private SymbolState known(String symbol) {
        SymbolState state = bySymbol.get(symbol);
        if (state == null) {
            state = bySymbol.get(symbol.toUpperCase(Locale.ROOT));
        }
        return state != null && state.listed ? state : null;
    }
}
