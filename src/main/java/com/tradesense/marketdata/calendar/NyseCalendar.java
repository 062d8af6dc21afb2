package com.tradesense.marketdata.calendar;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.MAY;
import static java.time.Month.SEPTEMBER;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * New York Stock Exchange ({@code XNYS}), also used for Nasdaq listings: both publish the same holidays and early
 * closes. Everything is derived by rule (NYSE Rule 7.2 and the exchange's yearly holiday notices, as codified by
 * exchange_calendars' {@code XNYS}) so no table needs updating each year; only ad hoc closures are listed.
 */
public final class NyseCalendar extends DailySessionCalendar {

    public static final String ID = "XNYS";
    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    /** Extended hours as US brokers offer them; regular session 09:30-16:00, 13:00 on early-close days. */
    static final SessionHours HOURS = new SessionHours(LocalTime.of(4, 0), LocalTime.of(9, 30), LocalTime.of(16, 0),
            LocalTime.of(20, 0), LocalTime.of(13, 0), LocalTime.of(17, 0));

    static final List<HolidayRule> HOLIDAYS = List.of(
            // Rule 7.2: a Saturday New Year's Day is not moved to Friday December 31 (e.g. 2022, 2028), so that the
            // year-end session still trades; a Sunday one moves to Monday.
            new FixedDateHoliday("New Year's Day", MonthDay.of(1, 1), Observance.SUNDAY_TO_MONDAY),
            new NthWeekdayHoliday("Martin Luther King Jr. Day", JANUARY, MONDAY, 3),
            new NthWeekdayHoliday("Washington's Birthday", FEBRUARY, MONDAY, 3),
            new EasterHoliday("Good Friday", -2),
            new NthWeekdayHoliday("Memorial Day", MAY, MONDAY, NthWeekdayHoliday.LAST),
            new FixedDateHoliday("Juneteenth", MonthDay.of(6, 19), Observance.NEAREST_WEEKDAY, 2022),
            new FixedDateHoliday("Independence Day", MonthDay.of(7, 4), Observance.NEAREST_WEEKDAY),
            new NthWeekdayHoliday("Labor Day", SEPTEMBER, MONDAY, 1),
            NthWeekdayHoliday.THANKSGIVING,
            new FixedDateHoliday("Christmas Day", MonthDay.of(12, 25), Observance.NEAREST_WEEKDAY));

    /**
     * Closures no rule predicts: national days of mourning and storms. Kept complete back to 2012 so history
     * backfills line up with real data.
     */
    public static final Set<LocalDate> KNOWN_SPECIAL_CLOSURES = Set.of(
            LocalDate.of(2012, 10, 29), LocalDate.of(2012, 10, 30), // Hurricane Sandy
            LocalDate.of(2018, 12, 5), // President George H. W. Bush, national day of mourning
            LocalDate.of(2025, 1, 9)); // President Jimmy Carter, national day of mourning

    /** The 13:00 closes, each a rule NYSE has applied every year since 2013. */
    enum EarlyClose {
        /**
         * July 3 when it is Monday to Thursday. A Friday July 3 is either the observed holiday (July 4 on a
         * Saturday, as in 2026) or an ordinary full day, so NYSE does not shorten Thursday July 2 instead; its
         * published 2026 and 2027 lists have no July early close.
         */
        DAY_BEFORE_INDEPENDENCE_DAY(date -> date.getMonthValue() == 7 && date.getDayOfMonth() == 3
                && date.getDayOfWeek().compareTo(THURSDAY) <= 0),
        /** The Friday after the fourth Thursday of November. */
        DAY_AFTER_THANKSGIVING(date -> NthWeekdayHoliday.THANKSGIVING.observedIn(date.getYear())
                .map(thanksgiving -> thanksgiving.plusDays(1)).filter(date::equals).isPresent()),
        /** December 24 when it is Monday to Thursday; a Friday December 24 is the observed Christmas holiday. */
        CHRISTMAS_EVE(date -> date.getMonthValue() == 12 && date.getDayOfMonth() == 24
                && date.getDayOfWeek().compareTo(THURSDAY) <= 0);

        private final Predicate<LocalDate> rule;

        EarlyClose(Predicate<LocalDate> rule) {
            this.rule = rule;
        }

        boolean appliesTo(LocalDate date) {
            return rule.test(date);
        }
    }

    private final Set<LocalDate> specialClosures;

    public NyseCalendar() {
        this(KNOWN_SPECIAL_CLOSURES);
    }

    /** @param specialClosures ad hoc full-day closures announced by the exchange, on top of the rules */
    public NyseCalendar(Set<LocalDate> specialClosures) {
        super(HOURS);
        this.specialClosures = Set.copyOf(specialClosures);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ZoneId zone() {
        return NEW_YORK;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        if (isWeekend(date)) {
            return false;
        }
        return specialClosures.contains(date) || HOLIDAYS.stream()
                .anyMatch(rule -> rule.observedIn(date.getYear()).filter(date::equals).isPresent());
    }

    @Override
    boolean isEarlyClose(LocalDate date) {
        return Arrays.stream(EarlyClose.values()).anyMatch(earlyClose -> earlyClose.appliesTo(date));
    }
}
