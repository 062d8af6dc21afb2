package com.tradesense.marketdata.bars;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * Rolls 1-minute bars up into longer bars, exactly (open of the first, close of the last, extreme high and low,
 * summed volume). Where each window starts:
 * <ul>
 * <li>Intraday windows start at the beginning of the session segment they fall in (pre-market, regular,
 * after-hours) and never straddle two segments: NYSE hourly bars are 09:30, 10:30, ..., 15:30 (a half bar), the
 * way TradingView draws US stocks, rather than clock hours that would mix the opening auction with pre-market.</li>
 * <li>Daily bars are the exchange's trading day (regular hours unless extended hours are asked for), stamped at the
 * start of the trading date in the exchange time zone; weekly bars group trading dates by ISO week (Monday) and
 * monthly bars by calendar month, stamped at the Monday or the first of the month in that zone.</li>
 * </ul>
 */
public final class BarAggregator {

    private BarAggregator() {
    }

    /**
     * @param minuteBars    1-minute bars of one instrument, oldest first
     * @param extendedHours whether pre-market and after-hours minutes count; without them they are dropped
     */
    public static List<Bar> aggregate(List<Bar> minuteBars, Interval interval, TradingCalendar calendar,
            boolean extendedHours) {
        ZoneId zone = calendar.zone();
        SessionLocator sessions = new SessionLocator(calendar);
        List<Bar> result = new ArrayList<>();
        Bucket bucket = new Bucket();
        for (Bar bar : minuteBars) {
            TradingDay day = sessions.dayOf(bar.t());
            if (day == null || (!extendedHours && isExtended(day, bar.t()))) {
                continue;
            }
            Instant start = switch (interval) {
                case D1 -> dateStart(day.date(), zone);
                case W1 -> dateStart(day.date().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)), zone);
                case MN1 -> dateStart(day.date().withDayOfMonth(1), zone);
                default -> windowStart(day, bar.t(), interval.minutes());
            };
            bucket.add(start, bar, result);
        }
        bucket.flush(result);
        return result;
    }

    /**
     * Weekly or monthly bars from daily bars (each stamped at the start of its trading date in {@code zone}), so long
     * charts never need years of minutes.
     */
    public static List<Bar> rollUpDaily(List<Bar> dailyBars, Interval interval, ZoneId zone) {
        if (interval != Interval.W1 && interval != Interval.MN1) {
            throw new IllegalArgumentException("daily bars roll up into 1w or 1M, not " + interval.code());
        }
        List<Bar> result = new ArrayList<>();
        Bucket bucket = new Bucket();
        for (Bar bar : dailyBars) {
            LocalDate date = LocalDate.ofInstant(bar.t(), zone);
            LocalDate first = interval == Interval.W1
                    ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    : date.withDayOfMonth(1);
            bucket.add(dateStart(first, zone), bar, result);
        }
        bucket.flush(result);
        return result;
    }

    private static boolean isExtended(TradingDay day, Instant t) {
        return t.isBefore(day.open()) || !t.isBefore(day.close());
    }

    private static Instant dateStart(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** Start of the fixed window holding {@code t}, counted from the start of its session segment. */
    private static Instant windowStart(TradingDay day, Instant t, long minutes) {
        Instant segment = t.isBefore(day.open()) ? day.preMarketOpen() : t.isBefore(day.close()) ? day.open() : day.close();
        long elapsed = (t.getEpochSecond() - segment.getEpochSecond()) / 60;
        return segment.plusSeconds(elapsed / minutes * minutes * 60);
    }

    /** The bar being built; bars arrive in time order, so a new window start means the previous bar is complete. */
    private static final class Bucket {

        private Instant t;
        private BigDecimal open;
        private BigDecimal high;
        private BigDecimal low;
        private BigDecimal close;
        private long volume;

        void add(Instant start, Bar bar, List<Bar> out) {
            if (!start.equals(t)) {
                flush(out);
                t = start;
                open = bar.o();
                high = bar.h();
                low = bar.l();
                volume = 0;
            }
            high = high.max(bar.h());
            low = low.min(bar.l());
            close = bar.c();
            volume += bar.v();
        }

        void flush(List<Bar> out) {
            if (t != null) {
                out.add(new Bar(t, open, high, low, close, volume));
                t = null;
            }
        }
    }
}
