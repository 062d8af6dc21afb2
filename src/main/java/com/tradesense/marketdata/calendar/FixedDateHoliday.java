package com.tradesense.marketdata.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;

/** A holiday on the same calendar date every year since {@code firstYear}, moved off weekends by an observance. */
record FixedDateHoliday(String name, MonthDay date, Observance observance, int firstYear) implements HolidayRule {

    FixedDateHoliday(String name, MonthDay date, Observance observance) {
        this(name, date, observance, Integer.MIN_VALUE);
    }

    @Override
    public Optional<LocalDate> observedIn(int year) {
        return year < firstYear ? Optional.empty() : observance.apply(date.atYear(year));
    }
}
