package com.tradesense.marketdata.live;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.InstrumentEnabledChanged;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.bars.HistoryBackfill;
import com.tradesense.marketdata.bars.StoredBarQuotes;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.marketdata.providers.MarketFeeds;
import com.tradesense.marketdata.providers.ProviderBackfill;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the live market once the history is in place (the simulator's, then the real providers'): seeds the book's
 * session figures from the stored bars, starts the feeds, and keeps storing what they deliver (completed minutes every second; the simulator's daily bars and any
 * skipped minutes every minute). Stops the feeds and flushes the last minutes on shutdown. Follows the catalog while
 * running: an instrument an admin adds or re-enables joins the book at once and the simulated feed once its history
 * is in place; one disabled leaves both.
 */
@Component
class LiveMarketRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveMarketRunner.class);

    private final LiveBook book;
    private final StoredBarQuotes storedQuotes;
    private final BarWriter writer;
    private final ObjectProvider<HistoryBackfill> backfill;
    private final ObjectProvider<SimulatedFeed> simulatedFeed;
    private final MarketFeeds realFeeds;
    private final ProviderBackfill providerBackfill;
    private final FeedLeadership leadership;
    private final TradingCalendars calendars;
    private final StreamHub hub;
    private final CatalogInstruments catalog;
    private final List<MarketFeed> running = new CopyOnWriteArrayList<>();
    /** The symbols each running real feed was started with; guarded by this runner. */
    private final Map<MarketFeed, Set<String>> realServing = new HashMap<>();
    /** Whether this node runs the feeds now (it leads and is live), even if none had a symbol; guarded. */
    private boolean feeding;
    private volatile ScheduledExecutorService scheduler;
    private volatile boolean started;
    /** Set once the start-up backfill is done (or there was none): from then on, starting means starting the feeds. */
    private volatile boolean historyReady;

    LiveMarketRunner(LiveBook book, StoredBarQuotes storedQuotes, BarWriter writer,
            ObjectProvider<HistoryBackfill> backfill, ObjectProvider<SimulatedFeed> simulatedFeed,
            MarketFeeds realFeeds, ProviderBackfill providerBackfill, FeedLeadership leadership,
            TradingCalendars calendars, StreamHub hub, CatalogInstruments catalog) {
        this.book = book;
        this.storedQuotes = storedQuotes;
        this.writer = writer;
        this.backfill = backfill;
        this.simulatedFeed = simulatedFeed;
        this.realFeeds = realFeeds;
        this.providerBackfill = providerBackfill;
        this.leadership = leadership;
        this.calendars = calendars;
        this.hub = hub;
        this.catalog = catalog;
        leadership.onCatalogChange(this::followAnnounced);
    }

    /** The feeds running now (for the health endpoint). */
    List<MarketFeed> feeds() {
        return List.copyOf(running);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenHistoryIsReady() {
        HistoryBackfill history = backfill.getIfAvailable();
        CompletableFuture<?> simulated = history == null ? CompletableFuture.completedFuture(null)
                : history.startupRun();
        // Real providers' history next (on its own thread: it waits on the network), then the feeds.
        simulated.handle((report, error) -> null).thenRunAsync(() -> {
            try {
                providerBackfill.run();
            } catch (RuntimeException e) {
                log.warn("Backfill from real providers failed", e);
            }
            seedFromHistory();
            historyReady = true;
            goLive();
        });
    }

    private synchronized void goLive() {
        if (!started || !historyReady) {
            return;
        }
        leadership.whenLeader(this::startFeeds, this::stopFeeds);
        HistoryBackfill history = backfill.getIfAvailable();
        if (history != null) {
            scheduler.scheduleWithFixedDelay(() -> catchUp(history), 60, 60, TimeUnit.SECONDS);
        }
    }

    /** Every real feed with the symbols routed to it, and the simulated exchange with all the others. */
    private synchronized void startFeeds() {
        if (!started || feeding) {
            return;
        }
        feeding = true;
        Set<String> simulated = new LinkedHashSet<>();
        book.states().forEach(state -> simulated.add(state.symbol()));
        for (MarketFeeds.Assignment assignment : realFeeds.assignments()) {
            simulated.removeAll(assignment.symbols());
            running.add(assignment.feed());
            realServing.put(assignment.feed(), assignment.symbols());
            assignment.feed().start(assignment.symbols(), leadership.feedSink());
            log.info("{} streams {} instruments", assignment.feed().provider(), assignment.symbols().size());
        }
        SimulatedFeed feed = simulatedFeed.getIfAvailable();
        if (feed != null && !simulated.isEmpty()) {
            running.add(feed);
            feed.start(simulated, leadership.feedSink());
        }
    }

    private synchronized void stopFeeds() {
        running.forEach(MarketFeed::stop);
        running.clear();
        realServing.clear();
        feeding = false;
    }

    /**
     * Restarts each real feed whose routed symbols changed with the catalog (a provider's subscriptions are made at
     * its start, so an added or disabled instrument takes a restart: a few seconds' gap in that provider's data on an
     * admin's change), starts one that now has symbols and stops one left with none. Only where the feeds run.
     */
    private synchronized void reassignRealFeeds() {
        if (!started || !feeding) {
            return;
        }
        Map<MarketFeed, Set<String>> assigned = new HashMap<>();
        realFeeds.assignments().forEach(assignment -> assigned.put(assignment.feed(), assignment.symbols()));
        for (MarketFeed feed : List.copyOf(realServing.keySet())) {
            if (!assigned.containsKey(feed)) {
                feed.stop();
                running.remove(feed);
                realServing.remove(feed);
                log.info("{} stopped: no instrument is routed to it any more", feed.provider());
            }
        }
        assigned.forEach((feed, symbols) -> {
            if (!symbols.equals(realServing.get(feed))) {
                if (realServing.put(feed, symbols) == null) {
                    running.add(feed);
                }
                feed.start(symbols, leadership.feedSink());
                log.info("{} restarted with {} instruments after a catalog change", feed.provider(), symbols.size());
            }
        });
    }

    /** An instrument added, enabled or disabled on this node: the book and feeds here follow, then the other nodes. */
    @EventListener
    void follow(InstrumentEnabledChanged change) {
        follow(change.instrument());
        leadership.announceCatalogChange(change.instrument().symbol());
    }

    /**
     * Another node changed the catalog: re-read the instrument from the shared database (off the relay's thread) and
     * follow it, so that the leader's feed starts or stops it wherever the admin made the change.
     */
    private void followAnnounced(String symbol) {
        ScheduledExecutorService executor = scheduler;
        if (executor == null || executor.isShutdown()) {
            return;
        }
        executor.execute(() -> {
            try {
                catalog.reload(symbol).ifPresent(this::follow);
            } catch (RuntimeException e) {
                log.warn("Could not follow {} as changed on another node", symbol, e);
            }
        });
    }

    private void follow(Instrument instrument) {
        if (!instrument.enabled()) {
            book.delist(instrument.symbol()).ifPresent(hub::delist);
            SimulatedFeed feed = simulatedFeed.getIfAvailable();
            if (feed != null) {
                feed.remove(instrument.symbol());
            }
            ScheduledExecutorService executor = scheduler;
            if (executor != null && !executor.isShutdown()) {
                // off the admin's request: a real feed's restart reads the catalog and reconnects
                executor.execute(this::reassignRealFeeds);
            }
            return;
        }
        SymbolState state = book.add(instrument, calendars.byId(instrument.calendar()).orElseThrow());
        joinFeed(state);
    }

    /**
     * Backfills a newly enabled instrument's history (from the real provider it is routed to, or the simulator's),
     * seeds its session figures and starts it in its feed, off the caller's thread (a first backfill takes seconds).
     * Before the start-up backfill is done the start-up itself picks it up.
     */
    private synchronized void joinFeed(SymbolState state) {
        if (!started || !historyReady) {
            return;
        }
        scheduler.execute(() -> {
            try {
                boolean real = realFeeds.providerOf(state.symbol()).isPresent();
                HistoryBackfill history = backfill.getIfAvailable();
                if (real) {
                    providerBackfill.backfill(state.symbol());
                } else if (history != null) {
                    history.backfill(state.symbol());
                }
                seed(state);
                SimulatedFeed feed = simulatedFeed.getIfAvailable();
                if (real) {
                    reassignRealFeeds();
                } else if (feed != null) {
                    // Only the leader's feed runs (add is a no-op otherwise).
                    feed.add(state.symbol());
                }
            } catch (RuntimeException e) {
                log.warn("Could not bring {} into the live feed", state.symbol(), e);
            }
        });
    }

    /** Yesterday's close, today's open, high, low and volume and the last price of every symbol, from the bars. */
    void seedFromHistory() {
        book.states().forEach(this::seed);
    }

    private void seed(SymbolState state) {
        try {
            Quote quote = storedQuotes.quote(state.instrument).orElse(null);
            if (quote == null) {
                return;
            }
            LocalDate date = LocalDate.ofInstant(quote.timestamp(), state.calendar.zone());
            synchronized (state) {
                state.seed(state.units(quote.price()), quote.timestamp().toEpochMilli(), date,
                        state.units(quote.open()), state.units(quote.dayHigh()), state.units(quote.dayLow()),
                        quote.volume(), quote.prevClose() == null ? SymbolState.NONE
                                : state.units(quote.prevClose()));
            }
        } catch (RuntimeException e) {
            log.warn("Could not seed the live state of {}", state.symbol(), e);
        }
    }

    private void catchUp(HistoryBackfill history) {
        if (!leadership.isLeader()) {
            return;
        }
        try {
            history.catchUp();
        } catch (RuntimeException e) {
            log.warn("Live history catch-up failed", e);
        }
    }

    /** Also after a {@link #stop()}: test contexts are paused and resumed. */
    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "marketdata-live-store");
            thread.setDaemon(true);
            return thread;
        });
        started = true;
        scheduler.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
        goLive();
    }

    private void flush() {
        try {
            writer.flush();
        } catch (RuntimeException e) {
            log.warn("Storing live minutes failed", e);
        }
    }

    @Override
    public synchronized void stop() {
        started = false;
        stopFeeds();
        scheduler.shutdownNow();
        writer.flush();
    }

    @Override
    public boolean isRunning() {
        return started;
    }

    /** Stops before the data source closes (which stops at the default phase), so the last minutes are stored. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
