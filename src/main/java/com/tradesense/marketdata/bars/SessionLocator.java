package com.tradesense.marketdata.bars;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/** Finds the trading day an instant trades in, remembering the last one because bars arrive in time order. */
final class SessionLocator {

    private final TradingCalendar calendar;
    private TradingDay last;

    SessionLocator(TradingCalendar calendar) {
        this.calendar = calendar;
    }

    /** The trading day whose sessions (extended hours included) contain {@code t}, or null outside all sessions. */
    TradingDay dayOf(Instant t) {
        if (last != null && contains(last, t)) {
            return last;
        }
        LocalDate date = LocalDate.ofInstant(t, calendar.zone());
        // An FX trading day starts on the evening before its date; look one day either side.
        for (LocalDate candidate : new LocalDate[] {date, date.plusDays(1), date.minusDays(1)}) {
            Optional<TradingDay> day = calendar.tradingDay(candidate);
            if (day.isPresent() && contains(day.get(), t)) {
                last = day.get();
                return last;
            }
        }
        return null;
    }

    private static boolean contains(TradingDay day, Instant t) {
        return !t.isBefore(day.preMarketOpen()) && t.isBefore(day.afterHoursClose());
    }
}
