package com.tradesense.analytics.levels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.TradingSession;

/** Regular-session daily bars: built from intraday bars, and rolled up into weeks and months. */
public final class DailyBars {

    private DailyBars() {
    }

    /** One OHLC over a period of trading days (a day, an ISO week, a calendar month). */
    public record Range(LocalDate first, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close) {
    }

    /**
     * Daily bars of the regular sessions in {@code intraday} (oldest first), stamped at the start of their trading
     * date in the venue's zone like the market data module's daily bars. Pre-market and after-hours bars are left out.
     */
    public static List<Bar> fromIntraday(List<Bar> intraday, SessionSchedule schedule) {
        Map<LocalDate, Bar> days = new LinkedHashMap<>();
        for (Bar bar : intraday) {
            Optional<TradingSession> session = schedule.sessionContaining(bar.t());
            if (session.isEmpty() || bar.t().isBefore(session.get().open())) {
                continue;
            }
            LocalDate date = session.get().tradingDate();
            days.merge(date, new Bar(date.atStartOfDay(schedule.zone()).toInstant(), bar.o(), bar.h(), bar.l(),
                    bar.c(), bar.v()), (day, next) -> new Bar(day.t(), day.o(), day.h().max(next.h()),
                            day.l().min(next.l()), next.c(), day.v() + next.v()));
        }
        return new ArrayList<>(days.values());
    }

    public static LocalDate date(Bar daily, ZoneId zone) {
        return LocalDate.ofInstant(daily.t(), zone);
    }

    /** Days grouped by ISO week (Monday first), oldest first. */
    public static List<Range> weeks(List<Bar> days, ZoneId zone) {
        return group(days, zone, date -> date.minusDays(date.getDayOfWeek().getValue() - 1L));
    }

    public static List<Range> months(List<Bar> days, ZoneId zone) {
        return group(days, zone, date -> date.withDayOfMonth(1));
    }

    private static List<Range> group(List<Bar> days, ZoneId zone, Function<LocalDate, LocalDate> periodStart) {
        Map<LocalDate, Range> periods = new LinkedHashMap<>();
        for (Bar day : days) {
            LocalDate start = periodStart.apply(date(day, zone));
            periods.merge(start, new Range(start, day.o(), day.h(), day.l(), day.c()),
                    (a, b) -> new Range(a.first(), a.open(), a.high().max(b.high()), a.low().min(b.low()), b.close()));
        }
        return new ArrayList<>(periods.values());
    }
}
