package com.tradesense.marketdata.simulator;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * The simulated exchange: deterministic given its seed. Every minute of every instrument draws from its own random
 * stream keyed by (seed, symbol, minute), so a bar depends only on the seed, the calendar and the previous close:
 * generating a range in one go, in pieces, or again after a restart gives the same bars.
 */
public final class MarketSimulator {

    /** Daily volatility of a benchmark that is not itself in the universe (a broad index moves about 1% a day). */
    static final double DEFAULT_BENCHMARK_VOLATILITY = 0.01;

    private final long seed;
    /** Read by the feed and backfill threads; instruments an admin enables join while they run. */
    private final Map<String, InstrumentModel> models = new ConcurrentHashMap<>();
    private final Map<String, Double> volatilities = new ConcurrentHashMap<>();

    public MarketSimulator(long seed, SimulationUniverse universe) {
        this.seed = seed;
        universe.instruments().forEach(s -> volatilities.put(s.symbol(), s.dailyVolatility()));
        for (SimulatedInstrument instrument : universe.instruments()) {
            include(instrument, universe.calendar(instrument.instrument().calendar()));
        }
    }

    /** Adds an instrument to the exchange (one an admin enabled while running); one already traded is kept. */
    public void include(SimulatedInstrument instrument, TradingCalendar calendar) {
        volatilities.putIfAbsent(instrument.symbol(), instrument.dailyVolatility());
        double benchmarkVolatility = volatilities.getOrDefault(instrument.benchmark(), DEFAULT_BENCHMARK_VOLATILITY);
        models.computeIfAbsent(instrument.symbol(),
                symbol -> new InstrumentModel(seed, instrument, calendar, benchmarkVolatility));
    }

    /**
     * The 1-minute bars of every session minute (extended hours included) starting in {@code [from, until)},
     * continuing from {@code lastClose}, handed to {@code sink} oldest first.
     *
     * @return the close of the last bar, or {@code lastClose} when no session minute fell in the range
     */
    public BigDecimal minuteBars(String symbol, Instant from, Instant until, BigDecimal lastClose, MinuteBarSink sink) {
        InstrumentModel model = model(symbol);
        long close = model.simulate(ceilMinute(from), ceilMinute(until), model.ticks(lastClose.doubleValue()),
                new MinuteBar(), sink);
        return model.decimal(close);
    }

    public List<Bar> minuteBars(String symbol, Instant from, Instant until, BigDecimal lastClose) {
        InstrumentModel model = model(symbol);
        List<Bar> bars = new ArrayList<>();
        minuteBars(symbol, from, until, lastClose, (minute, o, h, l, c, v, extended) -> bars.add(new Bar(
                Instant.ofEpochSecond(minute * 60), model.decimal(o), model.decimal(h), model.decimal(l),
                model.decimal(c), v)));
        return bars;
    }

    /**
     * Regular-session daily bars for the trading days in {@code [from, until)}, simulated at daily resolution and
     * ending with a close of exactly {@code closeBefore}: the price the 1-minute history starting on {@code until}
     * continues from. Each bar's {@code t} is the start of its trading date in the exchange time zone.
     */
    public List<Bar> dailyBars(String symbol, LocalDate from, LocalDate until, BigDecimal closeBefore) {
        InstrumentModel model = model(symbol);
        TradingCalendar calendar = model.calendar;
        ZoneId zone = calendar.zone();
        List<Bar> bars = new ArrayList<>();
        long close = model.ticks(closeBefore.doubleValue());
        long[] day = new long[6];
        for (LocalDate date = until.minusDays(1); !date.isBefore(from); date = date.minusDays(1)) {
            Optional<TradingDay> tradingDay = calendar.tradingDay(date);
            if (tradingDay.isEmpty()) {
                continue;
            }
            model.dayBackwards(date, SessionDay.of(calendar, tradingDay.get()), close, day);
            bars.add(new Bar(date.atStartOfDay(zone).toInstant(), model.decimal(day[0]), model.decimal(day[1]),
                    model.decimal(day[2]), model.decimal(day[3]), day[5]));
            close = day[4];
        }
        Collections.reverse(bars);
        return bars;
    }

    /**
     * A live quote and trade feed continuing after the bar that started at {@code lastBar} and closed at
     * {@code lastClose}; its completed minutes equal what {@link #minuteBars} generates for them.
     */
    public QuoteGenerator quotes(String symbol, Instant lastBar, BigDecimal lastClose, int quotesPerSecond) {
        InstrumentModel model = model(symbol);
        return new QuoteGenerator(model, Math.floorDiv(lastBar.getEpochSecond(), 60),
                model.ticks(lastClose.doubleValue()), quotesPerSecond);
    }

    private InstrumentModel model(String symbol) {
        InstrumentModel model = models.get(symbol);
        if (model == null) {
            throw new IllegalArgumentException("Not a simulated instrument: " + symbol);
        }
        return model;
    }

    private static long ceilMinute(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond() + 59 + (instant.getNano() > 0 ? 1 : 0), 60);
    }
}
