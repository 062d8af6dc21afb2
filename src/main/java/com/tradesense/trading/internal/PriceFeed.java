package com.tradesense.trading.internal;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.MarketPrice;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Prices into the engine. Live ticks come from {@link MarketData#onPriceTick} (handed to the partitions' queues, never
 * blocking the feed). Every {@code quote-poll-interval} the quotes of the symbols the engine cares about (working
 * orders and positions) are read too: they drive fills while no live feed runs, carry each symbol's session phase
 * (ticks have none), and a phase leaving OPEN or the extended session expires that symbol's DAY orders.
 */
@Component
class PriceFeed implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PriceFeed.class);

    private final MarketData marketData;
    private final EnginePartitions partitions;
    private final TradingProperties properties;
    private final Map<String, SessionPhase> sessions = new ConcurrentHashMap<>();
    private final Map<String, MarketPrice> polled = new ConcurrentHashMap<>();
    private ScheduledExecutorService poller;
    /** Cancels the tick subscription. */
    private Runnable unsubscribe;

    PriceFeed(MarketData marketData, EnginePartitions partitions, TradingProperties properties) {
        this.marketData = marketData;
        this.partitions = partitions;
        this.properties = properties;
    }

    void onTick(PriceTick tick) {
        SessionPhase session = sessions.get(tick.symbol());
        if (session != null && tick.bid() != null && tick.ask() != null) {
            partitions.offer(new MarketPrice(tick.symbol(), tick.last(), tick.bid(), tick.ask(), tick.lastSize(),
                    session, tick.timestamp()));
        }
    }

    /** One poll: every symbol with working orders or positions, its quote compared with the last one seen. */
    void poll() {
        Set<String> symbols = new TreeSet<>();
        partitions.gather((engine, changes) -> symbolsOf(engine)).forEach(symbols::addAll);
        for (String symbol : symbols) {
            marketData.quote(symbol).map(EnginePartitions::price).ifPresent(price -> {
                SessionPhase before = sessions.put(symbol, price.session());
                if (before != null && before != price.session() && ended(before, price.session())) {
                    Instant at = price.at();
                    partitions.broadcast((engine, changes) -> {
                        engine.sessionEnded(symbol, price.session(), at, changes);
                        return null;
                    });
                }
                if (!price.equals(polled.put(symbol, price))) {
                    partitions.offer(price);
                }
            });
        }
    }

    /** Regular trading stopped (DAY orders end), or the extended session did too. */
    private static boolean ended(SessionPhase before, SessionPhase now) {
        return before == SessionPhase.OPEN || now == SessionPhase.CLOSED && before == SessionPhase.AFTER_HOURS;
    }

    private static Set<String> symbolsOf(Engine engine) {
        Set<String> symbols = new TreeSet<>();
        for (Account account : engine.accounts()) {
            symbols.addAll(account.positions.keySet());
            engine.ordersOf(account.id).forEach(order -> symbols.add(order.symbol()));
        }
        return symbols;
    }

    @Override
    public void start() {
        unsubscribe = marketData.onPriceTick(this::onTick)::cancel;
        if (!properties.quotePollInterval().isZero()) {
            poller = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread thread = new Thread(r, "trading-quote-poller");
                thread.setDaemon(true);
                return thread;
            });
            long millis = properties.quotePollInterval().toMillis();
            poller.scheduleWithFixedDelay(() -> {
                try {
                    poll();
                } catch (RuntimeException e) {
                    log.warn("Trading quote poll failed", e);
                }
            }, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void stop() {
        if (unsubscribe != null) {
            unsubscribe.run();
        }
        if (poller != null) {
            poller.shutdownNow();
        }
        unsubscribe = null;
        poller = null;
    }

    @Override
    public boolean isRunning() {
        return unsubscribe != null;
    }

    @Override
    public int getPhase() {
        // starts after the partitions, stops before them
        return EnginePartitions.PHASE + 1;
    }
}
