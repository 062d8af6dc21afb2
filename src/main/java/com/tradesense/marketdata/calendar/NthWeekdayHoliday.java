package com.tradesense.marketdata.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

/**
 * A holiday on the n-th given weekday of a month (third Monday of January), or on the last one when
 * {@code ordinal} is -1 (last Monday of May).
 */
record NthWeekdayHoliday(String name, Month month, DayOfWeek dayOfWeek, int ordinal) implements HolidayRule {

    static final int LAST = -1;

    /** The fourth Thursday of November, also the anchor of the NYSE's day-after early close. */
    static final NthWeekdayHoliday THANKSGIVING =
            new NthWeekdayHoliday("Thanksgiving Day", Month.NOVEMBER, DayOfWeek.THURSDAY, 4);

    @Override
    public Optional<LocalDate> observedIn(int year) {
        LocalDate first = LocalDate.of(year, month, 1);
        return Optional.of(ordinal == LAST ? first.with(TemporalAdjusters.lastInMonth(dayOfWeek))
                : first.with(TemporalAdjusters.dayOfWeekInMonth(ordinal, dayOfWeek)));
    }
}
