package com.tradesense.analytics.engine;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.tradesense.analytics.Analytics;
import com.tradesense.analytics.Convention;
import com.tradesense.analytics.IndicatorSeries;
import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.PivotType;
import com.tradesense.analytics.indicators.IndicatorSpec;
import com.tradesense.analytics.indicators.OhlcvArrays;
import com.tradesense.analytics.levels.DailyBars;
import com.tradesense.analytics.levels.KeyLevelCalculator;
import com.tradesense.analytics.levels.SessionSchedule;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.TradingSession;
import com.tradesense.marketdata.TradingSessions;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.FieldViolation;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;

/**
 * Levels and indicators over the market data module's bars. The daily context (daily bars read, previous day, week and
 * month, ATR, weekly EMAs, swing zones) is computed once per symbol and session; levels are recomputed at most once
 * per {@code levelsRefresh} per symbol and pivot family from it and the session's 1-minute bars, so VWAP, opening
 * ranges and the pre-market range follow the bars as they form, minute by minute. Between refreshes the live levels
 * are answered from the cache alone, without the catalog, the calendar or the database.
 */
@Service
@EnableConfigurationProperties(AnalyticsProperties.class)
public class AnalyticsService implements Analytics {

    /** Daily bars read for the daily context: 200 weeks would need 1000, the store keeps about two years. */
    static final int DAILY_HISTORY = 1000;
    static final int DEFAULT_SERIES_BARS = 500;

    private final MarketData marketData;
    private final Instruments instruments;
    private final TradingSessions sessions;
    private final Clock clock;
    private final long refreshMillis;
    private final Cache<DailyKey, KeyLevelCalculator.DailyContext> dailyContexts;
    private final Cache<LevelsKey, KeyLevels> levels;

    private record DailyKey(String symbol, LocalDate tradingDate) {
    }

    /** {@code symbol} as requested (upper case) for the live levels, so a hit needs no catalog lookup. */
    private record LevelsKey(String symbol, PivotType type, long bucket) {
    }

    AnalyticsService(MarketData marketData, Instruments instruments, TradingSessions sessions, Clock clock,
            AnalyticsProperties properties) {
        this.marketData = marketData;
        this.instruments = instruments;
        this.sessions = sessions;
        this.clock = clock;
        this.refreshMillis = properties.levelsRefresh().toMillis();
        this.dailyContexts = Caffeine.newBuilder().maximumSize(properties.cachedSymbols()).build();
        this.levels = Caffeine.newBuilder().maximumSize(properties.cachedSymbols())
                .expireAfterWrite(properties.levelsRefresh()).build();
    }

    @Override
    public KeyLevels levels(String symbol, Instant asOf, PivotType pivots) {
        Instant now = clock.instant();
        if (asOf == null || asOf.isAfter(now)) {
            // The live levels, the common request: the session found by sessionFor(now) is always still open, so the
            // key needs nothing but the clock.
            return levels.get(new LevelsKey(symbol.strip().toUpperCase(Locale.ROOT), pivots,
                    now.toEpochMilli() / refreshMillis), key -> {
                        Instrument instrument = instrument(symbol);
                        SessionSchedule schedule = new ExchangeSchedule(sessions, instrument.exchange(), now);
                        return compute(instrument, schedule, schedule.sessionFor(now), now, pivots);
                    });
        }
        Instrument instrument = instrument(symbol);
        SessionSchedule schedule = new ExchangeSchedule(sessions, instrument.exchange(), asOf);
        TradingSession session = schedule.sessionFor(asOf);
        // Past sessions never change; the live one is recomputed once per refresh period.
        long bucket = session.close().isAfter(now) ? asOf.toEpochMilli() / refreshMillis : -asOf.toEpochMilli();
        return levels.get(new LevelsKey(instrument.symbol(), pivots, bucket),
                key -> compute(instrument, schedule, session, asOf, pivots));
    }

    /** Levels of a session as of an instant inside or after it: {@code date} picks the session, {@code at} clips. */
    public KeyLevels levelsOn(String symbol, LocalDate date, PivotType pivots) {
        Instrument instrument = instrument(symbol);
        Instant now = clock.instant();
        SessionSchedule schedule = new ExchangeSchedule(sessions, instrument.exchange(), now);
        TradingSession session = schedule.on(date).orElseThrow(() -> ApiException.badRequest("NOT_A_TRADING_DAY",
                "date", instrument.exchange() + " does not trade on " + date));
        Instant at = session.close().isBefore(now) ? session.close().minusMillis(1) : now;
        if (session.preMarketOpen().isAfter(now)) {
            throw ApiException.badRequest("INVALID_DATE", "date", date + " is a future session");
        }
        return levels(symbol, at, pivots);
    }

    private KeyLevels compute(Instrument instrument, SessionSchedule schedule, TradingSession session, Instant at,
            PivotType pivots) {
        ZoneId zone = schedule.zone();
        KeyLevelCalculator.DailyContext daily = dailyContexts.get(new DailyKey(instrument.symbol(),
                session.tradingDate()), key -> {
                    List<Bar> bars = marketData.bars(instrument.symbol(), Interval.D1, null,
                            session.tradingDate().atStartOfDay(zone).toInstant(), DAILY_HISTORY, false);
                    return KeyLevelCalculator.daily(bars, session);
                });
        List<Bar> intraday = at.isAfter(session.preMarketOpen())
                ? marketData.bars(instrument.symbol(), Interval.M1, session.preMarketOpen(),
                        at.isBefore(session.close()) ? at : session.close(), 5000, true)
                : List.of();
        BigDecimal price = !intraday.isEmpty() ? intraday.get(intraday.size() - 1).c()
                : daily.previousClose() != null ? daily.previousClose()
                : marketData.quote(instrument.symbol()).map(q -> q.price()).orElse(null);
        if (price == null) {
            throw ApiException.unprocessable("NO_MARKET_DATA", "No bars are stored for " + instrument.symbol() + ".");
        }
        return KeyLevelCalculator.compute(daily, new KeyLevelCalculator.Inputs(instrument.symbol(), session, at, price,
                intraday, pivots));
    }

    @Override
    public IndicatorSeries indicators(String symbol, Interval interval, Instant from, Instant to, List<String> specs,
            Convention convention) {
        List<IndicatorSpec> parsed = parse(specs);
        Instrument instrument = instrument(symbol);
        Instant end = to == null ? clock.instant() : to;
        if (from != null && !from.isBefore(end)) {
            throw ApiException.badRequest("INVALID_RANGE", "from", "from must be before to (" + end + ")");
        }
        SessionSchedule schedule = new ExchangeSchedule(sessions, instrument.exchange(), end);
        // Everything up to `to` warms the indicators up, as a chart's full history does.
        List<Bar> bars = marketData.bars(instrument.symbol(), interval, null, end, 5000, false);
        int first = 0;
        if (from != null) {
            while (first < bars.size() && bars.get(first).t().isBefore(from)) {
                first++;
            }
        } else {
            first = Math.max(0, bars.size() - DEFAULT_SERIES_BARS);
        }
        return series(instrument.symbol(), interval.code(), schedule, bars, first, parsed, convention);
    }

    /** The calculator form: indicators over the caller's own bars, sessions for VWAP from {@code schedule}. */
    public IndicatorSeries indicators(List<Bar> bars, List<String> specs, Convention convention,
            SessionSchedule schedule) {
        return series(null, null, schedule, bars, 0, parse(specs), convention);
    }

    /** The calculator form of {@code .levels}: key levels from exactly the caller's intraday bars. */
    public KeyLevels levels(List<Bar> intraday, SessionSchedule schedule, Instant asOf, PivotType pivots) {
        List<Bar> before = intraday.stream().filter(bar -> bar.t().isBefore(asOf)).toList();
        if (before.isEmpty()) {
            throw ApiException.badRequest("INVALID_BARS", "bars", "No bar starts before asOf " + asOf);
        }
        TradingSession session = schedule.sessionFor(asOf);
        List<Bar> today = before.stream().filter(bar -> !bar.t().isBefore(session.preMarketOpen())).toList();
        return KeyLevelCalculator.compute(KeyLevelCalculator.daily(DailyBars.fromIntraday(before, schedule), session),
                new KeyLevelCalculator.Inputs(null, session, asOf, before.get(before.size() - 1).c(), today, pivots));
    }

    public SessionSchedule exchangeSchedule(String exchange, Instant near) {
        return new ExchangeSchedule(sessions, exchange, near);
    }

    private IndicatorSeries series(String symbol, String interval, SessionSchedule schedule, List<Bar> bars,
            int first, List<IndicatorSpec> specs, Convention convention) {
        OhlcvArrays arrays = arrays(bars, schedule);
        List<Instant> t = bars.subList(first, bars.size()).stream().map(Bar::t).toList();
        Map<String, Map<String, List<Double>>> out = new LinkedHashMap<>();
        for (IndicatorSpec spec : specs) {
            Map<String, List<Double>> lines = new LinkedHashMap<>();
            spec.lines(arrays, convention).forEach((name, values) -> lines.put(name, nullable(values, first)));
            out.put(spec.key(), lines);
        }
        return new IndicatorSeries(symbol, interval, schedule.zone().getId(), convention, t, out);
    }

    private static List<IndicatorSpec> parse(List<String> specs) {
        if (specs == null || specs.isEmpty()) {
            throw ApiException.badRequest("INVALID_INDICATOR", "indicators", "Name at least one indicator");
        }
        if (specs.size() > 20) {
            throw ApiException.badRequest("INVALID_INDICATOR", "indicators", "At most 20 indicators per request");
        }
        List<IndicatorSpec> parsed = new ArrayList<>();
        List<FieldViolation> violations = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            try {
                parsed.add(IndicatorSpec.parse(specs.get(i) == null ? "" : specs.get(i)));
            } catch (IllegalArgumentException e) {
                violations.add(new FieldViolation("indicators[" + i + "]", e.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new ApiException(400, "INVALID_INDICATOR", violations.get(0).message(), violations);
        }
        return parsed.stream().distinct().toList();
    }

    private static OhlcvArrays arrays(List<Bar> bars, SessionSchedule schedule) {
        int n = bars.size();
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        int[] session = new int[n];
        for (int i = 0; i < n; i++) {
            Bar bar = bars.get(i);
            h[i] = bar.h().doubleValue();
            l[i] = bar.l().doubleValue();
            c[i] = bar.c().doubleValue();
            v[i] = bar.v();
            // A bar outside every session (or a daily bar, stamped at midnight) belongs to its local date.
            session[i] = (int) schedule.sessionContaining(bar.t()).map(TradingSession::tradingDate)
                    .orElse(LocalDate.ofInstant(bar.t(), schedule.zone())).toEpochDay();
        }
        return new OhlcvArrays(h, l, c, v, session);
    }

    private static List<Double> nullable(double[] values, int first) {
        List<Double> out = new ArrayList<>(values.length - first);
        for (int i = first; i < values.length; i++) {
            out.add(Double.isNaN(values[i]) ? null : values[i]);
        }
        return out;
    }

    private Instrument instrument(String symbol) {
        return instruments.find(symbol).orElseThrow(() -> ApiException.notFound("INSTRUMENT_NOT_FOUND",
                "No instrument with symbol " + symbol + "."));
    }
}
