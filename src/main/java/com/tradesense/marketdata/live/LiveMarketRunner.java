package com.tradesense.marketdata.live;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.bars.HistoryBackfill;
import com.tradesense.marketdata.bars.StoredBarQuotes;
import com.tradesense.marketdata.simulator.MarketSimulator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Starts the live market once the history is in place: seeds the book's session figures from the stored bars, starts
 * the feeds, and keeps storing what they deliver (completed minutes every second; the simulator's daily bars and any
 * skipped minutes every minute). Stops the feeds and flushes the last minutes on shutdown.
 */
@Component
class LiveMarketRunner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LiveMarketRunner.class);

    private final LiveBook book;
    private final StoredBarQuotes storedQuotes;
    private final BarWriter writer;
    private final ObjectProvider<HistoryBackfill> backfill;
    private final ObjectProvider<MarketSimulator> simulator;
    private final BarRepository bars;
    private final StreamProperties properties;
    private final Clock clock;
    private final FeedLeadership leadership;
    private final List<MarketFeed> running = new CopyOnWriteArrayList<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "marketdata-live-store");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean started;

    LiveMarketRunner(LiveBook book, StoredBarQuotes storedQuotes, BarWriter writer,
            ObjectProvider<HistoryBackfill> backfill, ObjectProvider<MarketSimulator> simulator, BarRepository bars,
            StreamProperties properties, Clock clock, FeedLeadership leadership) {
        this.book = book;
        this.storedQuotes = storedQuotes;
        this.writer = writer;
        this.backfill = backfill;
        this.simulator = simulator;
        this.bars = bars;
        this.properties = properties;
        this.clock = clock;
        this.leadership = leadership;
    }

    /** The feeds running now (for the health endpoint). */
    List<MarketFeed> feeds() {
        return List.copyOf(running);
    }

    @EventListener(ApplicationReadyEvent.class)
    void startWhenHistoryIsReady() {
        HistoryBackfill history = backfill.getIfAvailable();
        MarketSimulator exchange = simulator.getIfAvailable();
        if (history == null || exchange == null) {
            log.info("Simulated exchange disabled: the live market starts without a feed");
            return;
        }
        history.startupRun().whenComplete((report, error) -> {
            if (!started) {
                return;
            }
            seedFromHistory();
            leadership.whenLeader(() -> startFeeds(exchange), this::stopFeeds);
            scheduler.scheduleWithFixedDelay(() -> catchUp(history), 60, 60, TimeUnit.SECONDS);
        });
    }

    private synchronized void startFeeds(MarketSimulator exchange) {
        if (!started || !running.isEmpty()) {
            return;
        }
        Set<String> symbols = new LinkedHashSet<>();
        book.states().forEach(state -> symbols.add(state.symbol()));
        SimulatedFeed feed = new SimulatedFeed(exchange, bars, clock, properties.simulatedTickInterval());
        running.add(feed);
        feed.start(symbols, leadership.feedSink());
    }

    private synchronized void stopFeeds() {
        running.forEach(MarketFeed::stop);
        running.clear();
    }

    /** Yesterday's close, today's open, high, low and volume and the last price of every symbol, from the bars. */
    void seedFromHistory() {
        for (SymbolState state : book.states()) {
            try {
                Quote quote = storedQuotes.quote(state.instrument).orElse(null);
                if (quote == null) {
                    continue;
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

    @Override
    public void start() {
        started = true;
        scheduler.scheduleWithFixedDelay(this::flush, 1, 1, TimeUnit.SECONDS);
    }

    private void flush() {
        try {
            writer.flush();
        } catch (RuntimeException e) {
            log.warn("Storing live minutes failed", e);
        }
    }

    @Override
    public void stop() {
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
