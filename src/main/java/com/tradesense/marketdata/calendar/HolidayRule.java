package com.tradesense.marketdata.calendar;

import java.time.LocalDate;
import java.util.Optional;

/** One recurring market holiday: the date the exchange is closed for it in a given year, if any. */
interface HolidayRule {

    String name();

    Optional<LocalDate> observedIn(int year);
}
