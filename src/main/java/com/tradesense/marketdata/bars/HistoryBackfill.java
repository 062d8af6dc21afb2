package com.tradesense.marketdata.bars;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.simulator.MarketSimulator;
import com.tradesense.marketdata.simulator.SimulatedInstrument;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * Brings the stored history up to the current minute. On first start it generates {@code intradayDays} trading days
 * of 1-minute bars (extended hours included) and {@code dailyYears} of daily bars before them; on every later start
 * it continues each instrument from its last stored 1-minute bar, so a restart never leaves a gap. Runs on its own
 * thread after start-up so the app serves requests meanwhile. Safe to run again at any time: it only adds what is
 * missing and skips bars already stored.
 */
public class HistoryBackfill {

    private static final Logger log = LoggerFactory.getLogger(HistoryBackfill.class);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final SimulationUniverse universe;
    private final MarketSimulator simulator;
    private final BarRepository bars;
    private final Clock clock;
    private final SimulatorProperties properties;
    private final CompletableFuture<Report> startup = new CompletableFuture<>();
    private volatile boolean stopping;

    HistoryBackfill(SimulationUniverse universe, MarketSimulator simulator, BarRepository bars, Clock clock,
            SimulatorProperties properties) {
        this.universe = universe;
        this.simulator = simulator;
        this.bars = bars;
        this.clock = clock;
        this.properties = properties;
    }

    /** What one run added. */
    public record Report(int instruments, long minuteBars, long dailyBars, Duration took) {
    }

    @EventListener(ApplicationReadyEvent.class)
    void backfillInBackground() {
        Thread thread = new Thread(() -> {
            try {
                startup.complete(run());
            } catch (RuntimeException e) {
                log.error("Market history backfill failed", e);
                startup.completeExceptionally(e);
            }
        }, "marketdata-backfill");
        thread.setDaemon(true);
        thread.start();
    }

    /** The run started with the application (completes when it is done). */
    public CompletableFuture<Report> startupRun() {
        return startup;
    }

    void stop() {
        stopping = true;
    }

    public Report run() {
        return run(true);
    }

    /**
     * Stores what the live feed played since the last run but left unstored (minutes it skipped while paused) and the
     * daily bars of sessions that closed meanwhile; run every minute while the app is up, so it logs only problems.
     */
    public Report catchUp() {
        return run(false);
    }

    /**
     * Brings one instrument's history up to the current minute: one an admin added or re-enabled, before it joins
     * the live feed. Does nothing for a symbol the simulator does not serve.
     */
    public void backfill(String symbol) {
        Instant until = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        universe.instruments().stream().filter(instrument -> instrument.symbol().equals(symbol)).findFirst()
                .ifPresent(instrument -> {
                    TradingCalendar calendar = universe.calendar(instrument.instrument().calendar());
                    simulator.include(instrument, calendar);
                    backfill(instrument, calendar, until);
                });
    }

    private Report run(boolean verbose) {
        long started = System.nanoTime();
        Instant until = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        List<SimulatedInstrument> instruments = universe.instruments();
        if (verbose) {
            log.info("Backfilling market history of {} instruments up to {}", instruments.size(), until);
        }
        long minuteBars = 0;
        long dailyBars = 0;
        long lastProgress = started;
        int done = 0;
        for (SimulatedInstrument instrument : instruments) {
            if (stopping) {
                break;
            }
            TradingCalendar calendar = universe.calendar(instrument.instrument().calendar());
            try {
                long[] added = backfill(instrument, calendar, until);
                minuteBars += added[0];
                dailyBars += added[1];
            } catch (RuntimeException e) {
                // One instrument's bad data must not leave the others without history; the next run retries it.
                log.error("Could not backfill {}", instrument.symbol(), e);
            }
            done++;
            long now = System.nanoTime();
            if (verbose && now - lastProgress >= PROGRESS_EVERY.toNanos()) {
                log.info("Backfilled {}/{} instruments: {} 1-minute and {} daily bars so far", done,
                        instruments.size(), minuteBars, dailyBars);
                lastProgress = now;
            }
        }
        Report report = new Report(done, minuteBars, dailyBars, Duration.ofNanos(System.nanoTime() - started));
        if (verbose) {
            log.info("Backfilled market history of {} instruments: {} 1-minute and {} daily bars in {} ms",
                    report.instruments(), report.minuteBars(), report.dailyBars(), report.took().toMillis());
        }
        return report;
    }

    /** Whether a trading day from {@code from} on has had its regular session close by {@code until}. */
    private static boolean aDayClosed(TradingCalendar calendar, LocalDate from, Instant until) {
        LocalDate last = LocalDate.ofInstant(until, calendar.zone());
        for (LocalDate date = from; !date.isAfter(last); date = date.plusDays(1)) {
            if (calendar.tradingDay(date).filter(day -> !day.close().isAfter(until)).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The stored regular-session minutes of the days from {@code dailyFrom} on, up to {@code from}, to add to. */
    private List<Bar> storedRegularMinutes(String symbol, LocalDate dailyFrom, Instant from, ZoneId zone) {
        // An FX trading day starts the evening before its date.
        Instant regularFrom = dailyFrom.minusDays(1).atStartOfDay(zone).toInstant();
        return new ArrayList<>(regularFrom.isBefore(from)
                ? bars.minuteBars(symbol, regularFrom, from, false, Integer.MAX_VALUE) : List.of());
    }

    /** @return {1-minute bars added, daily bars added} */
    private long[] backfill(SimulatedInstrument instrument, TradingCalendar calendar, Instant until) {
        String symbol = instrument.symbol();
        ZoneId zone = calendar.zone();
        BigDecimal tick = instrument.instrument().tickSize();
        Optional<Bar> last = bars.lastMinuteBar(symbol);
        Instant from;
        BigDecimal close;
        long dailyAdded = 0;
        if (last.isPresent()) {
            from = last.get().t().plus(1, ChronoUnit.MINUTES);
            close = last.get().c();
        } else {
            // First start: the minutes begin at the reference price, and the daily history walks back from it.
            LocalDate firstDay = tradingDaysBack(calendar, LocalDate.ofInstant(until, zone), properties.intradayDays());
            from = calendar.tradingDay(firstDay).orElseThrow().preMarketOpen();
            close = instrument.referencePrice();
            CopyRows daily = new CopyRows(symbol, tick);
            simulator.dailyBars(symbol, firstDay.minusYears(properties.dailyYears()), firstDay, close)
                    .forEach(bar -> daily.daily(LocalDate.ofInstant(bar.t(), zone), bar));
            dailyAdded += bars.insertDailyBars(daily);
        }

        // Daily bars of the days completed since the last one come from their regular-session minutes: those
        // already stored (a day the previous run left half-done) and those generated now. Most runs (one a minute)
        // complete no day, and then nothing is read back: reading a day or two of minutes of every instrument each
        // minute was a burst of CPU a minute (docs/BENCHMARKS.md, durable orders).
        LocalDate dailyFrom = bars.lastTradingDate(symbol).map(date -> date.plusDays(1))
                .orElse(LocalDate.ofInstant(from, zone));
        List<Bar> regularMinutes = aDayClosed(calendar, dailyFrom, until)
                ? storedRegularMinutes(symbol, dailyFrom, from, zone) : null;
        CopyRows minutes = new CopyRows(symbol, tick);
        simulator.minuteBars(symbol, from, until, close, (minute, o, h, l, c, v, extended) -> {
            minutes.accept(minute, o, h, l, c, v, extended);
            if (regularMinutes != null && !extended) {
                regularMinutes.add(new Bar(Instant.ofEpochSecond(minute * 60), price(tick, o), price(tick, h),
                        price(tick, l), price(tick, c), v));
            }
        });
        long minutesAdded = bars.insertMinuteBars(minutes);
        if (regularMinutes == null) {
            return new long[] {minutesAdded, dailyAdded};
        }

        CopyRows daily = new CopyRows(symbol, tick);
        for (Bar bar : BarAggregator.aggregate(regularMinutes, Interval.D1, calendar, false)) {
            LocalDate date = LocalDate.ofInstant(bar.t(), zone);
            // Today's session may still be trading: its bar is final only once the regular session has closed.
            if (!date.isBefore(dailyFrom) && !calendar.tradingDay(date).orElseThrow().close().isAfter(until)) {
                daily.daily(date, bar);
            }
        }
        dailyAdded += bars.insertDailyBars(daily);
        return new long[] {minutesAdded, dailyAdded};
    }

    private static BigDecimal price(BigDecimal tick, long ticks) {
        return tick.multiply(BigDecimal.valueOf(ticks));
    }

    /** The trading day {@code count} trading days back, counting the one on or before {@code today} as the first. */
    private static LocalDate tradingDaysBack(TradingCalendar calendar, LocalDate today, int count) {
        int found = 0;
        // Even the sparsest calendar trades more than one day in three; anything else is a broken calendar.
        for (LocalDate date = today; date.isAfter(today.minusDays(3L * count + 30)); date = date.minusDays(1)) {
            if (calendar.tradingDay(date).isPresent() && ++found == count) {
                return date;
            }
        }
        throw new IllegalStateException("Calendar " + calendar.id() + " has no " + count + " trading days before "
                + today);
    }
}
