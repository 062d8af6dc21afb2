package com.tradesense.analytics.levels;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tradesense.analytics.Convention;
import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.Level;
import com.tradesense.analytics.LevelKind;
import com.tradesense.analytics.PivotLevels;
import com.tradesense.analytics.PivotType;
import com.tradesense.analytics.VwapBands;
import com.tradesense.analytics.indicators.Atr;
import com.tradesense.analytics.indicators.Ema;
import com.tradesense.analytics.indicators.Vwap;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.TradingSession;

/**
 * The key levels of one session from daily bars (regular sessions, as the exchange calendar cuts them) and the
 * session's own intraday bars. Everything is decided by trading dates and session instants, never by calendar
 * arithmetic, which is what keeps weekends, holidays, early closes and daylight-saving changes right: the previous day
 * is the last daily bar before the session's date, the pre-market is [pre-market open, open) of that session, and so
 * on.
 */
public final class KeyLevelCalculator {

    static final int[] OPENING_RANGES = {5, 15, 30};
    static final int ATR_PERIOD = 14;
    static final int SWING_STRENGTH = 3;
    static final int SWING_LOOKBACK_DAYS = 250;
    static final int ZONES_EACH_SIDE = 3;
    static final int[] WEEKLY_EMAS = {50, 200};

    /**
     * @param intraday bars of the session (pre-market included), oldest first; those from {@code asOf} on are ignored
     */
    public record Inputs(String symbol, TradingSession session, Instant asOf, BigDecimal price, List<Bar> intraday,
            PivotType pivotType) {
    }

    /**
     * Everything the daily bars decide for one session (previous day, week and month, ATR, the weekly EMAs up to last
     * week, swing zones): computed once per session and shared by every refresh of its levels, which then only add
     * the intraday part. Not changed after construction (the EMAs are only previewed), so safe to share.
     */
    public static final class DailyContext {

        private final LocalDate tradingDate;
        private final Bar previousDay;
        private final DailyBars.Range previousWeek;
        private final DailyBars.Range thisWeek;
        private final DailyBars.Range previousMonth;
        private final DailyBars.Range thisMonth;
        private final Double atr;
        private final Ema[] weeklyEmas = new Ema[WEEKLY_EMAS.length];
        private final double[] swingHigh;
        private final double[] swingLow;
        private final List<SwingZones.Zone> zones;

        private DailyContext(List<Bar> daily, TradingSession session) {
            ZoneId zone = session.zone();
            tradingDate = session.tradingDate();
            List<Bar> completed = daily.stream().filter(day -> DailyBars.date(day, zone).isBefore(tradingDate))
                    .toList();
            previousDay = completed.isEmpty() ? null : completed.get(completed.size() - 1);
            LocalDate weekStart = tradingDate.minusDays(tradingDate.getDayOfWeek().getValue() - 1L);
            List<DailyBars.Range> weeks = DailyBars.weeks(completed, zone);
            previousWeek = lastBefore(weeks, weekStart);
            thisWeek = weeks.isEmpty() || weeks.get(weeks.size() - 1).first().isBefore(weekStart) ? null
                    : weeks.get(weeks.size() - 1);
            LocalDate monthStart = tradingDate.withDayOfMonth(1);
            List<DailyBars.Range> months = DailyBars.months(completed, zone);
            previousMonth = lastBefore(months, monthStart);
            thisMonth = months.isEmpty() || months.get(months.size() - 1).first().isBefore(monthStart) ? null
                    : months.get(months.size() - 1);

            double[] high = new double[completed.size()];
            double[] low = new double[completed.size()];
            double[] close = new double[completed.size()];
            for (int i = 0; i < completed.size(); i++) {
                high[i] = completed.get(i).h().doubleValue();
                low[i] = completed.get(i).l().doubleValue();
                close[i] = completed.get(i).c().doubleValue();
            }
            double atrValue = close.length == 0 ? Double.NaN
                    : Atr.series(high, low, close, ATR_PERIOD, Convention.STOCKCHARTS)[close.length - 1];
            atr = Double.isNaN(atrValue) ? null : atrValue;

            // A weekly chart's last bar closes at the price now: the EMAs keep the closed weeks, the price is previewed.
            int closedWeeks = thisWeek != null ? weeks.size() - 1 : weeks.size();
            for (int e = 0; e < WEEKLY_EMAS.length; e++) {
                weeklyEmas[e] = Ema.exponential(WEEKLY_EMAS[e], false);
                for (int i = 0; i < closedWeeks; i++) {
                    weeklyEmas[e].update(weeks.get(i).close().doubleValue());
                }
            }

            int from = Math.max(0, high.length - SWING_LOOKBACK_DAYS);
            swingHigh = Arrays.copyOfRange(high, from, high.length);
            swingLow = Arrays.copyOfRange(low, from, low.length);
            zones = atr != null ? SwingZones.find(swingHigh, swingLow, SWING_STRENGTH, atr / 4) : null;
        }

        /** The previous session's close, null without history. */
        public BigDecimal previousClose() {
            return previousDay == null ? null : previousDay.c();
        }

        /** Zones are as wide as a quarter ATR, or (without 14 days of history) a quarter percent of the price. */
        private List<SwingZones.Zone> zones(BigDecimal price) {
            return zones != null ? zones
                    : SwingZones.find(swingHigh, swingLow, SWING_STRENGTH, price.doubleValue() * 0.0025);
        }
    }

    private KeyLevelCalculator() {
    }

    /** The daily part of a session's levels, from regular-session daily bars (oldest first; the session's day and
     * later ones are ignored). */
    public static DailyContext daily(List<Bar> daily, TradingSession session) {
        return new DailyContext(daily, session);
    }

    /** @param daily the context of {@code in.session()}, from {@link #daily} */
    public static KeyLevels compute(DailyContext daily, Inputs in) {
        TradingSession session = in.session();
        if (!daily.tradingDate.equals(session.tradingDate())) {
            throw new IllegalArgumentException("daily context of " + daily.tradingDate + " used for "
                    + session.tradingDate());
        }
        ZoneId zone = session.zone();
        List<Bar> preMarket = new ArrayList<>();
        List<Bar> regular = new ArrayList<>();
        for (Bar bar : in.intraday()) {
            if (bar.t().isBefore(in.asOf()) && !bar.t().isBefore(session.preMarketOpen())
                    && bar.t().isBefore(session.close())) {
                (bar.t().isBefore(session.open()) ? preMarket : regular).add(bar);
            }
        }
        BigDecimal todayOpen = regular.isEmpty() ? null : regular.get(0).o();
        int scale = Pivots.scale(in.price());
        Candidates levels = new Candidates(scale);

        Bar previousDay = daily.previousDay;
        if (previousDay != null) {
            levels.add("PDH", "DAY", previousDay.h());
            levels.add("PDL", "DAY", previousDay.l());
            levels.add("PDC", "DAY", previousDay.c());
        }
        if (!preMarket.isEmpty()) {
            levels.add("PMH", "PREMARKET", high(preMarket));
            levels.add("PML", "PREMARKET", low(preMarket));
        }
        for (int minutes : OPENING_RANGES) {
            Instant end = session.open().plus(Duration.ofMinutes(minutes));
            List<Bar> range = regular.stream().filter(bar -> bar.t().isBefore(end)).toList();
            if (!in.asOf().isBefore(end) && !range.isEmpty()) {
                levels.add("ORH" + minutes, "OPENING_RANGE", high(range));
                levels.add("ORL" + minutes, "OPENING_RANGE", low(range));
            }
        }

        if (daily.previousWeek != null) {
            levels.add("PWH", "WEEK", daily.previousWeek.high());
            levels.add("PWL", "WEEK", daily.previousWeek.low());
        }
        if (daily.previousMonth != null) {
            levels.add("PMOH", "MONTH", daily.previousMonth.high());
            levels.add("PMOL", "MONTH", daily.previousMonth.low());
        }

        Map<String, PivotLevels> pivots = new LinkedHashMap<>();
        if (previousDay != null) {
            pivot(pivots, levels, "daily", "D", in.pivotType(), new DailyBars.Range(null, previousDay.o(),
                    previousDay.h(), previousDay.l(), previousDay.c()), todayOpen);
        }
        pivot(pivots, levels, "weekly", "W", in.pivotType(), daily.previousWeek,
                daily.thisWeek != null ? daily.thisWeek.open() : todayOpen);
        pivot(pivots, levels, "monthly", "M", in.pivotType(), daily.previousMonth,
                daily.thisMonth != null ? daily.thisMonth.open() : todayOpen);

        Double atr = daily.atr;
        if (atr != null) {
            BigDecimal reference = todayOpen != null ? todayOpen : previousDay.c();
            levels.add("ATRH", "ATR", reference.add(levels.decimal(atr)));
            levels.add("ATRL", "ATR", reference.subtract(levels.decimal(atr)));
        }

        for (int e = 0; e < WEEKLY_EMAS.length; e++) {
            double ema = daily.weeklyEmas[e].preview(in.price().doubleValue());
            if (!Double.isNaN(ema)) {
                levels.add("EMA" + WEEKLY_EMAS[e] + "W", "EMA", levels.decimal(ema));
            }
        }

        double price = in.price().doubleValue();
        List<SwingZones.Zone> zones = daily.zones(in.price());
        zones.stream().filter(zone1 -> zone1.middle() > price)
                .sorted(Comparator.comparingDouble(SwingZones.Zone::middle)).limit(ZONES_EACH_SIDE)
                .forEach(levels::addZone);
        zones.stream().filter(zone1 -> zone1.middle() <= price)
                .sorted(Comparator.comparingDouble(SwingZones.Zone::middle).reversed()).limit(ZONES_EACH_SIDE)
                .forEach(levels::addZone);

        return new KeyLevels(in.symbol(), in.asOf(), session.tradingDate(), zone.getId(), in.price(), atr,
                vwap(regular, levels), levels.toLevels(in.price(), atr), pivots);
    }

    private static void pivot(Map<String, PivotLevels> pivots, Candidates levels, String period, String prefix,
            PivotType type, DailyBars.Range previous, BigDecimal currentOpen) {
        if (previous == null || type == PivotType.WOODIE && currentOpen == null) {
            return;
        }
        PivotLevels set = Pivots.of(type, previous.high(), previous.low(), previous.close(),
                type == PivotType.WOODIE ? currentOpen : previous.open());
        pivots.put(period, set);
        set.levels().forEach((name, value) -> levels.add(prefix + "." + name, "PIVOT_" + period.toUpperCase(), value));
    }

    private static VwapBands vwap(List<Bar> regular, Candidates levels) {
        Vwap vwap = new Vwap();
        double value = Double.NaN;
        for (Bar bar : regular) {
            value = vwap.update(bar.h().doubleValue(), bar.l().doubleValue(), bar.c().doubleValue(), bar.v());
        }
        if (Double.isNaN(value)) {
            return null;
        }
        double deviation = vwap.deviation();
        List<VwapBands.Band> bands = new ArrayList<>();
        for (int sigma = 1; sigma <= 3; sigma++) {
            bands.add(new VwapBands.Band(sigma, levels.decimal(value + sigma * deviation),
                    levels.decimal(value - sigma * deviation)));
        }
        return new VwapBands(levels.decimal(value), levels.decimal(deviation), bands);
    }

    private static DailyBars.Range lastBefore(List<DailyBars.Range> periods, LocalDate start) {
        DailyBars.Range last = null;
        for (DailyBars.Range period : periods) {
            if (period.first().isBefore(start)) {
                last = period;
            }
        }
        return last;
    }

    private static BigDecimal high(List<Bar> bars) {
        return bars.stream().map(Bar::h).reduce(BigDecimal::max).orElseThrow();
    }

    private static BigDecimal low(List<Bar> bars) {
        return bars.stream().map(Bar::l).reduce(BigDecimal::min).orElseThrow();
    }

    /** Levels as they are found, before the price decides their kind and distance. */
    private static final class Candidates {

        private record Candidate(String name, String family, BigDecimal price, SwingZones.Zone zone) {
        }

        private final int scale;
        private final List<Candidate> found = new ArrayList<>();

        Candidates(int scale) {
            this.scale = scale;
        }

        BigDecimal decimal(double value) {
            return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP);
        }

        void add(String name, String family, BigDecimal price) {
            found.add(new Candidate(name, family, price, null));
        }

        void addZone(SwingZones.Zone zone) {
            found.add(new Candidate("SR", "SWING", decimal(zone.middle()), zone));
        }

        List<Level> toLevels(BigDecimal price, Double atr) {
            return found.stream().sorted(Comparator.comparing(Candidate::price)).map(c -> {
                BigDecimal distance = c.price.subtract(price);
                LevelKind kind = c.family.startsWith("PIVOT") ? LevelKind.PIVOT
                        : distance.signum() > 0 ? LevelKind.RESISTANCE : LevelKind.SUPPORT;
                Double inAtr = atr == null || atr == 0 ? null
                        : BigDecimal.valueOf(distance.doubleValue() / atr).setScale(2, RoundingMode.HALF_UP)
                                .doubleValue();
                return new Level(c.name, c.family, c.price, kind, distance, inAtr,
                        c.zone == null ? null : c.zone.touches(), c.zone == null ? null : decimal(c.zone.low()),
                        c.zone == null ? null : decimal(c.zone.high()));
            }).toList();
        }
    }
}
