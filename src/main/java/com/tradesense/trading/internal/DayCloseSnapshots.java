package com.tradesense.trading.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.TradingSessions;
import com.tradesense.trading.engine.MarketCloses;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The daily equity snapshot behind {@code lastEquity} and day P&L. An account's day follows the exchange of its
 * currency (USD: NYSE, MAD: the Casablanca bourse). Every {@code day-close-check-interval}, and once at start-up, the
 * latest close of each of those calendars is handed to every partition; accounts not yet valued at it keep their
 * equity at the engine's prices then as {@code lastEquity}. So the snapshot is taken within one interval after the
 * close, and a close missed while the app was down is caught up at start-up, at the prices of that moment.
 */
@Component
class DayCloseSnapshots implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DayCloseSnapshots.class);

    /** Which exchange's day an account in that currency follows. */
    static final Map<String, String> EXCHANGE_BY_CURRENCY = Map.of("USD", "NYSE", "MAD", "BVC");

    private final EnginePartitions partitions;
    private final TradingSessions sessions;
    private final TradingProperties properties;
    private final Clock clock;
    private ScheduledExecutorService scheduler;

    DayCloseSnapshots(EnginePartitions partitions, TradingSessions sessions, TradingProperties properties,
            Clock clock) {
        this.partitions = partitions;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
    }

    /** The latest close at or before now of each currency's exchange (currencies without one left out). */
    Map<String, Instant> latestCloses() {
        Instant now = clock.instant();
        Map<String, Instant> closes = new LinkedHashMap<>();
        EXCHANGE_BY_CURRENCY.forEach((currency, exchange) -> {
            Instant close = MarketCloses.of(sessions, exchange).latestAtOrBefore(now);
            if (close != null) {
                closes.put(currency, close);
            }
        });
        return closes;
    }

    /** Hands the latest closes to every partition (queued behind their work, stored in their next batch). */
    void snapshot() {
        Map<String, Instant> closes = latestCloses();
        partitions.broadcast((engine, changes) -> {
            closes.forEach((currency, close) -> engine.closeDay(currency, close, changes));
            return null;
        });
    }

    @Override
    public void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "trading-day-close");
            thread.setDaemon(true);
            return thread;
        });
        long millis = properties.dayCloseCheckInterval().toMillis();
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                snapshot();
            } catch (RuntimeException e) {
                log.warn("Trading day-close snapshot failed", e);
            }
        }, 0, millis, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }

    @Override
    public int getPhase() {
        // starts after the partitions, stops before them
        return EnginePartitions.PHASE + 1;
    }
}
