package com.tradesense.marketdata.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;

/**
 * An exchange whose sessions fit inside one local date, Monday to Friday: a weekday trades unless it is a holiday,
 * with shorter hours on early-close days.
 */
abstract class DailySessionCalendar extends SessionCalendar {

    private final SessionHours hours;

    DailySessionCalendar(SessionHours hours) {
        this.hours = hours;
    }

    /** Whether the exchange is closed all day on this weekday; weekends are not holidays, just not trading days. */
    @Override
    public abstract boolean isHoliday(LocalDate date);

    abstract boolean isEarlyClose(LocalDate date);

    @Override
    public Optional<TradingDay> tradingDay(LocalDate date) {
        if (isWeekend(date) || isHoliday(date)) {
            return Optional.empty();
        }
        return Optional.of(hours.on(date, zone(), isEarlyClose(date)));
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
