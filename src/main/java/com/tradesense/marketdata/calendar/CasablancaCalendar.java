package com.tradesense.marketdata.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Casablanca Stock Exchange ({@code XCAS}, Bourse de Casablanca / BVC): one continuous session 09:30-15:30 local time
 * after a 09:00-09:30 pre-opening auction phase (reported as {@link com.tradesense.marketdata.SessionPhase#PRE_MARKET}),
 * no after-hours trading and no early closes.
 *
 * <p>Morocco does not move a public holiday that falls on a weekend, so a weekend holiday costs no session. Times
 * go through {@code Africa/Casablanca}, which is UTC+1 most of the year and UTC+0 during Ramadan: the session stays
 * at 09:30 local while its UTC instant shifts by an hour. The bourse's shortened Ramadan hours are not modelled.
 */
public final class CasablancaCalendar extends DailySessionCalendar {

    public static final String ID = "XCAS";
    static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");

    static final SessionHours HOURS = new SessionHours(LocalTime.of(9, 0), LocalTime.of(9, 30), LocalTime.of(15, 30),
            LocalTime.of(15, 30), LocalTime.of(15, 30), LocalTime.of(15, 30));

    /** National holidays on fixed Gregorian dates. */
    static final List<HolidayRule> NATIONAL_HOLIDAYS = List.of(
            fixed("New Year's Day", 1, 1),
            fixed("Proclamation of Independence", 1, 11),
            new FixedDateHoliday("Amazigh New Year", MonthDay.of(1, 14), Observance.WEEKDAY_ONLY, 2024),
            fixed("Labour Day", 5, 1),
            fixed("Throne Day", 7, 30),
            fixed("Oued Ed-Dahab Day", 8, 14),
            fixed("Revolution of the King and the People", 8, 20),
            fixed("Youth Day", 8, 21),
            // Unity Day (Eid al-Wahda), instituted by royal decision in November 2025, first observed in 2026.
            new FixedDateHoliday("Unity Day", MonthDay.of(10, 31), Observance.WEEKDAY_ONLY, 2026),
            fixed("Green March", 11, 6),
            fixed("Independence Day", 11, 18));

    /**
     * Religious holidays follow the lunar Hijri calendar and are fixed by moon sighting in Morocco, announced only
     * days ahead; the bourse then publishes its closures. No rule can predict them, so this table is the one
     * exception to computing holidays by rule and must be checked against the bourse's notice each year.
     *
     * <p>2024 and 2025 are the dates Morocco observed. 2026-2028 are Umm al-Qura dates (as in
     * {@link java.time.chrono.HijrahChronology}) plus one day, since Morocco's sighting usually falls a day after
     * Saudi Arabia's: approximations to be replaced by the announced dates. Eid al-Fitr (1-2 Shawwal), Eid al-Adha
     * (10-11 Dhu al-Hijjah) and the Mawlid (12-13 Rabi' al-Awwal) are two-day holidays, the Islamic New Year
     * (1 Muharram) one day.
     */
    static final Set<LocalDate> ISLAMIC_HOLIDAYS = Set.of(
            // 2024: Eid al-Fitr, Eid al-Adha, 1 Muharram 1446, Mawlid
            LocalDate.of(2024, 4, 10), LocalDate.of(2024, 4, 11), LocalDate.of(2024, 6, 17), LocalDate.of(2024, 6, 18),
            LocalDate.of(2024, 7, 8), LocalDate.of(2024, 9, 16), LocalDate.of(2024, 9, 17),
            // 2025
            LocalDate.of(2025, 3, 31), LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 7), LocalDate.of(2025, 6, 8),
            LocalDate.of(2025, 6, 27), LocalDate.of(2025, 9, 5), LocalDate.of(2025, 9, 6),
            // 2026 (approximate)
            LocalDate.of(2026, 3, 21), LocalDate.of(2026, 3, 22), LocalDate.of(2026, 5, 28), LocalDate.of(2026, 5, 29),
            LocalDate.of(2026, 6, 17), LocalDate.of(2026, 8, 26), LocalDate.of(2026, 8, 27),
            // 2027 (approximate)
            LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 11), LocalDate.of(2027, 5, 17), LocalDate.of(2027, 5, 18),
            LocalDate.of(2027, 6, 7), LocalDate.of(2027, 8, 15), LocalDate.of(2027, 8, 16),
            // 2028 (approximate)
            LocalDate.of(2028, 2, 27), LocalDate.of(2028, 2, 28), LocalDate.of(2028, 5, 6), LocalDate.of(2028, 5, 7),
            LocalDate.of(2028, 5, 26), LocalDate.of(2028, 8, 4), LocalDate.of(2028, 8, 5));

    public CasablancaCalendar() {
        super(HOURS);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public ZoneId zone() {
        return CASABLANCA;
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        if (isWeekend(date)) {
            return false;
        }
        return ISLAMIC_HOLIDAYS.contains(date) || NATIONAL_HOLIDAYS.stream()
                .anyMatch(rule -> rule.observedIn(date.getYear()).filter(date::equals).isPresent());
    }

    @Override
    boolean isEarlyClose(LocalDate date) {
        return false;
    }

    private static HolidayRule fixed(String name, int month, int day) {
        return new FixedDateHoliday(name, MonthDay.of(month, day), Observance.WEEKDAY_ONLY);
    }
}
