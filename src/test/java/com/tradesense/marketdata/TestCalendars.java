package com.tradesense.marketdata;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * Small stand-ins for the real exchange calendars, so marketdata tests do not depend on them: a New York equity
 * calendar with extended hours, a few 2026 holidays and the Thanksgiving early close; a Casablanca one without
 * extended hours; and a 24x7 UTC one.
 */
public final class TestCalendars {

    /** NYSE 2026 holidays used by the tests (from the NYSE's published 2026 holiday list). */
    public static final Set<LocalDate> NEW_YORK_HOLIDAYS = Set.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 19),
            LocalDate.of(2026, 2, 16), LocalDate.of(2026, 4, 3), LocalDate.of(2026, 5, 25), LocalDate.of(2026, 6, 19),
            LocalDate.of(2026, 7, 3), LocalDate.of(2026, 9, 7), LocalDate.of(2026, 11, 26), LocalDate.of(2026, 12, 25));
    /** Day after Thanksgiving: regular session ends 13:00, after-hours 17:00. */
    public static final LocalDate NEW_YORK_EARLY_CLOSE = LocalDate.of(2026, 11, 27);

    private TestCalendars() {
    }

    public static TradingCalendar newYork() {
        return new Fake("XNYS", ZoneId.of("America/New_York"), false, LocalTime.of(4, 0), LocalTime.of(9, 30),
                LocalTime.of(16, 0), LocalTime.of(20, 0), NEW_YORK_HOLIDAYS,
                Map.of(NEW_YORK_EARLY_CLOSE, LocalTime.of(13, 0)));
    }

    public static TradingCalendar casablanca() {
        return new Fake("XCAS", ZoneId.of("Africa/Casablanca"), false, LocalTime.of(9, 30), LocalTime.of(9, 30),
                LocalTime.of(15, 30), LocalTime.of(15, 30), Set.of(), Map.of());
    }

    public static TradingCalendar crypto() {
        return new Fake("24x7", ZoneId.of("UTC"), true, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT,
                LocalTime.MIDNIGHT, Set.of(), Map.of());
    }

    private record Fake(String id, ZoneId zone, boolean allDay, LocalTime preOpen, LocalTime open, LocalTime close,
            LocalTime afterClose, Set<LocalDate> holidays, Map<LocalDate, LocalTime> earlyCloses)
            implements TradingCalendar {

        @Override
        public Optional<TradingDay> tradingDay(LocalDate date) {
            if (allDay) {
                Instant start = date.atStartOfDay(zone).toInstant();
                Instant end = date.plusDays(1).atStartOfDay(zone).toInstant();
                return Optional.of(new TradingDay(date, start, start, end, end, false));
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                    || holidays.contains(date)) {
                return Optional.empty();
            }
            LocalTime earlyClose = earlyCloses.get(date);
            LocalTime regularClose = earlyClose != null ? earlyClose : close;
            LocalTime extendedClose = earlyClose != null ? earlyClose.plusHours(4) : afterClose;
            return Optional.of(new TradingDay(date, at(date, preOpen), at(date, open), at(date, regularClose),
                    at(date, extendedClose), earlyClose != null));
        }

        private Instant at(LocalDate date, LocalTime time) {
            return date.atTime(time).atZone(zone).toInstant();
        }

        @Override
        public boolean isHoliday(LocalDate date) {
            return holidays.contains(date);
        }

        @Override
        public SessionPhase phaseAt(Instant instant) {
            LocalDate date = LocalDate.ofInstant(instant, zone);
            return tradingDay(date).map(day -> instant.isBefore(day.preMarketOpen()) ? SessionPhase.CLOSED
                    : instant.isBefore(day.open()) ? SessionPhase.PRE_MARKET
                    : instant.isBefore(day.close()) ? SessionPhase.OPEN
                    : instant.isBefore(day.afterHoursClose()) ? SessionPhase.AFTER_HOURS
                    : SessionPhase.CLOSED).orElse(SessionPhase.CLOSED);
        }

        @Override
        public Instant nextOpen(Instant instant) {
            for (LocalDate date = LocalDate.ofInstant(instant, zone); ; date = date.plusDays(1)) {
                Optional<TradingDay> day = tradingDay(date);
                if (day.isPresent() && day.get().open().isAfter(instant)) {
                    return day.get().open();
                }
            }
        }

        @Override
        public Instant nextClose(Instant instant) {
            for (LocalDate date = LocalDate.ofInstant(instant, zone); ; date = date.plusDays(1)) {
                Optional<TradingDay> day = tradingDay(date);
                if (day.isPresent() && day.get().close().isAfter(instant)) {
                    return day.get().close();
                }
            }
        }
    }
}
