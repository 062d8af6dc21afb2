package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.simulator.MarketSimulator;
import com.tradesense.marketdata.simulator.QuoteGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulated exchange as a live feed: one thread advances every instrument's {@link QuoteGenerator} on a fixed
 * interval, continuing from its last stored 1-minute bar, and delivers prints, quotes and completed minutes like any
 * provider. The generators replay exactly the minutes the history generator makes, so live and stored bars agree.
 */
final class SimulatedFeed implements MarketFeed {

    private static final Logger log = LoggerFactory.getLogger(SimulatedFeed.class);
    private static final int QUOTES_PER_SECOND = 4;

    private final MarketSimulator simulator;
    private final BarRepository bars;
    private final Clock clock;
    private final Duration interval;
    /** Touched only by the driver thread once it runs (symbols join and leave through it). */
    private final List<Generator> generators = new ArrayList<>();
    private volatile int streamed;
    private ScheduledExecutorService driver;
    private FeedSink sink;
    private volatile Instant lastMessage;
    private volatile String state = "STOPPED";
    private volatile long lagMillis = -1;

    private record Generator(String symbol, BigDecimal tick, QuoteGenerator quotes) {
    }

    SimulatedFeed(MarketSimulator simulator, BarRepository bars, Clock clock, Duration interval) {
        this.simulator = simulator;
        this.bars = bars;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public String provider() {
        return "simulated";
    }

    @Override
    public synchronized void start(Set<String> symbols, FeedSink sink) {
        if (driver != null) {
            return;
        }
        this.sink = sink;
        generators.clear();
        symbols.forEach(this::addGenerator);
        streamed = generators.size();
        driver = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "marketdata-simulated-feed");
            thread.setDaemon(true);
            return thread;
        });
        state = "CONNECTED";
        driver.scheduleAtFixedRate(this::advance, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        log.info("Simulated exchange streaming {} instruments every {} ms", generators.size(), interval.toMillis());
    }

    /** Starts trading a symbol an admin enabled while the feed runs, from its last stored minute. */
    synchronized void add(String symbol) {
        if (driver != null) {
            driver.execute(() -> {
                if (generators.stream().noneMatch(generator -> generator.symbol.equals(symbol))) {
                    addGenerator(symbol);
                    streamed = generators.size();
                }
            });
        }
    }

    /** Stops trading a symbol an admin disabled. */
    synchronized void remove(String symbol) {
        if (driver != null) {
            driver.execute(() -> {
                generators.removeIf(generator -> generator.symbol.equals(symbol));
                streamed = generators.size();
            });
        }
    }

    private void addGenerator(String symbol) {
        Optional<Bar> last = bars.lastMinuteBar(symbol);
        if (last.isEmpty()) {
            log.warn("No stored history for {}: it stays quiet in the simulated feed", symbol);
            return;
        }
        QuoteGenerator quotes = simulator.quotes(symbol, last.get().t(), last.get().c(), QUOTES_PER_SECOND);
        generators.add(new Generator(symbol, quotes.tickSize(), quotes));
    }

    private void advance() {
        long started = System.nanoTime();
        long now = clock.instant().toEpochMilli();
        for (Generator generator : generators) {
            try {
                advance(generator, now);
            } catch (RuntimeException e) {
                log.warn("Simulated feed failed on {}", generator.symbol, e);
            }
        }
        lastMessage = Instant.ofEpochMilli(now);
        lagMillis = (System.nanoTime() - started) / 1_000_000;
    }

    private void advance(Generator generator, long now) {
        QuoteGenerator quotes = generator.quotes;
        int result = quotes.advance(now);
        if ((result & QuoteGenerator.BAR_COMPLETED) != 0) {
            sink.minuteBar(generator.symbol, new Bar(Instant.ofEpochSecond(quotes.completedMinute() * 60),
                    price(generator, quotes.completedOpen()), price(generator, quotes.completedHigh()),
                    price(generator, quotes.completedLow()), price(generator, quotes.completedClose()),
                    quotes.completedVolume()));
        }
        if ((result & QuoteGenerator.TRADE) != 0) {
            sink.trade(generator.symbol, now, price(generator, quotes.last()), quotes.lastSize());
        }
        if ((result & QuoteGenerator.QUOTE) != 0) {
            sink.quote(generator.symbol, now, price(generator, quotes.bid()), price(generator, quotes.ask()));
        }
    }

    private static BigDecimal price(Generator generator, long ticks) {
        return generator.tick.multiply(BigDecimal.valueOf(ticks));
    }

    @Override
    public synchronized void stop() {
        if (driver != null) {
            driver.shutdownNow();
            driver = null;
        }
        state = "STOPPED";
    }

    @Override
    public FeedHealth health() {
        return new FeedHealth(provider(), state, "STREAM", streamed, lastMessage, 0, lagMillis, null);
    }
}
