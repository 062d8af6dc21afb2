package com.tradesense.marketdata.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** How a fixed-date holiday that falls on a weekend is moved to a weekday (or dropped). */
enum Observance {

    /** Closed on the date only if it is a weekday; a weekend holiday is simply lost (Casablanca). */
    WEEKDAY_ONLY,
    /** Saturday is lost, Sunday moves to Monday: NYSE New Year's Day under Rule 7.2 (no close on Fri Dec 31). */
    SUNDAY_TO_MONDAY,
    /** Saturday moves to Friday, Sunday to Monday: the US federal rule NYSE uses for its other fixed holidays. */
    NEAREST_WEEKDAY;

    Optional<LocalDate> apply(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> this == NEAREST_WEEKDAY ? Optional.of(date.minusDays(1)) : Optional.empty();
            case SUNDAY -> this == WEEKDAY_ONLY ? Optional.empty() : Optional.of(date.plusDays(1));
            default -> Optional.of(date);
        };
    }
}
