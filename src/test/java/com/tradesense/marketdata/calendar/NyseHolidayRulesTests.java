package com.tradesense.marketdata.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

/** Each building block of the NYSE calendar on its own. */
class NyseHolidayRulesTests {

    @Test
    void computesEasterSundayByTheGregorianComputus() {
        assertThat(EasterHoliday.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
        assertThat(EasterHoliday.easterSunday(2026)).isEqualTo(LocalDate.of(2026, 4, 5));
        assertThat(EasterHoliday.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
        assertThat(EasterHoliday.easterSunday(2028)).isEqualTo(LocalDate.of(2028, 4, 16));
        assertThat(EasterHoliday.easterSunday(2038)).isEqualTo(LocalDate.of(2038, 4, 25));
    }

    @Test
    void newYearOnASaturdayIsNotObservedButOnASundayMovesToMonday() {
        FixedDateHoliday newYear = new FixedDateHoliday("New Year's Day", MonthDay.of(1, 1),
                Observance.SUNDAY_TO_MONDAY);

        assertThat(newYear.observedIn(2028)).isEmpty();
        assertThat(newYear.observedIn(2023)).contains(LocalDate.of(2023, 1, 2));
    }

    @Test
    void fixedHolidaysMoveToTheNearestWeekday() {
        FixedDateHoliday independence = new FixedDateHoliday("Independence Day", MonthDay.of(7, 4),
                Observance.NEAREST_WEEKDAY);

        assertThat(independence.observedIn(2026)).contains(LocalDate.of(2026, 7, 3));
        assertThat(independence.observedIn(2027)).contains(LocalDate.of(2027, 7, 5));
    }

    @Test
    void juneteenthOnlyFrom2022() {
        FixedDateHoliday juneteenth = new FixedDateHoliday("Juneteenth", MonthDay.of(6, 19),
                Observance.NEAREST_WEEKDAY, 2022);

        assertThat(juneteenth.observedIn(2021)).isEmpty();
        assertThat(juneteenth.observedIn(2022)).contains(LocalDate.of(2022, 6, 20));
    }

    @Test
    void lastMondayOfMay() {
        assertThat(NyseCalendar.HOLIDAYS.stream().filter(rule -> rule.name().equals("Memorial Day")).findFirst()
                .orElseThrow().observedIn(2027)).contains(LocalDate.of(2027, 5, 31));
    }

    @Test
    void earlyCloseBeforeIndependenceDayOnlyWhenJulyThirdIsMondayToThursday() {
        assertThat(NyseCalendar.EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY.appliesTo(LocalDate.of(2025, 7, 3))).isTrue();
        assertThat(NyseCalendar.EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY.appliesTo(LocalDate.of(2024, 7, 3))).isTrue();
        assertThat(NyseCalendar.EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY.appliesTo(LocalDate.of(2026, 7, 2))).isFalse();
        assertThat(NyseCalendar.EarlyClose.DAY_BEFORE_INDEPENDENCE_DAY.appliesTo(LocalDate.of(2026, 7, 3))).isFalse();
    }

    @Test
    void earlyCloseOnTheDayAfterThanksgivingAndOnAWeekdayChristmasEve() {
        assertThat(NyseCalendar.EarlyClose.DAY_AFTER_THANKSGIVING.appliesTo(LocalDate.of(2028, 11, 24))).isTrue();
        assertThat(NyseCalendar.EarlyClose.DAY_AFTER_THANKSGIVING.appliesTo(LocalDate.of(2028, 11, 17))).isFalse();
        assertThat(NyseCalendar.EarlyClose.CHRISTMAS_EVE.appliesTo(LocalDate.of(2025, 12, 24))).isTrue();
        assertThat(NyseCalendar.EarlyClose.CHRISTMAS_EVE.appliesTo(LocalDate.of(2027, 12, 24))).isFalse();
    }
}
