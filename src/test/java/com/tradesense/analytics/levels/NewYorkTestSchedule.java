package com.tradesense.analytics.levels;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.Set;

import com.tradesense.marketdata.TradingSession;

/**
 * A New York equity schedule for the level tests, with the NYSE's published 2026 dates that matter here (NYSE 2026
 * holiday and early-close notice): Thanksgiving Thursday 2026-11-26 closed, Friday 2026-11-27 closing at 13:00.
 */
final class NewYorkTestSchedule implements SessionSchedule {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final Set<LocalDate> HOLIDAYS = Set.of(LocalDate.of(2026, 11, 26), LocalDate.of(2026, 1, 1));
    static final LocalDate EARLY_CLOSE = LocalDate.of(2026, 11, 27);

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public Optional<TradingSession> on(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY
                || HOLIDAYS.contains(date)) {
            return Optional.empty();
        }
        boolean early = date.equals(EARLY_CLOSE);
        return Optional.of(new TradingSession(date, NEW_YORK, at(date, 4, 0), at(date, 9, 30),
                at(date, early ? 13 : 16, 0), early));
    }

    private static java.time.Instant at(LocalDate date, int hour, int minute) {
        return date.atTime(LocalTime.of(hour, minute)).atZone(NEW_YORK).toInstant();
    }
}
