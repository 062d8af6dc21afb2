package com.tradesense.trading.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import com.tradesense.marketdata.TradingSession;

/** Calendars for session tests: US equity hours on weekdays (no holidays), and a 24x7 market of UTC days. */
final class UsEquityHours {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private UsEquityHours() {
    }

    static Optional<TradingSession> nyse(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.empty();
        }
        return Optional.of(new TradingSession(date, NEW_YORK, date.atTime(LocalTime.of(4, 0)).atZone(NEW_YORK).toInstant(),
                date.atTime(LocalTime.of(9, 30)).atZone(NEW_YORK).toInstant(),
                date.atTime(LocalTime.of(16, 0)).atZone(NEW_YORK).toInstant(), false));
    }

    static Optional<TradingSession> continuous(LocalDate date) {
        return Optional.of(new TradingSession(date, ZoneOffset.UTC, date.atStartOfDay(ZoneOffset.UTC).toInstant(),
                date.atStartOfDay(ZoneOffset.UTC).toInstant(), date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                false));
    }
}
