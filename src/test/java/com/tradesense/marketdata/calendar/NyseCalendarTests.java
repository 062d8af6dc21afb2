package com.tradesense.marketdata.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.tradesense.marketdata.SessionPhase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Holidays and early closes against the dates the exchange published: "NYSE Holidays & Trading Hours",
 * nyse.com/markets/hours-calendars (NYSE Group press releases of 2024-11-08 and 2025-12-23).
 */
class NyseCalendarTests {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    final NyseCalendar nyse = new NyseCalendar();

    static Stream<Arguments> publishedSchedules() {
        return Stream.of(
                Arguments.of(2025, List.of(d(2025, 1, 1), d(2025, 1, 9), d(2025, 1, 20), d(2025, 2, 17),
                        d(2025, 4, 18), d(2025, 5, 26), d(2025, 6, 19), d(2025, 7, 4), d(2025, 9, 1),
                        d(2025, 11, 27), d(2025, 12, 25)),
                        List.of(d(2025, 7, 3), d(2025, 11, 28), d(2025, 12, 24))),
                // July 4 is a Saturday: observed Friday July 3, and Thursday July 2 is a full day.
                Arguments.of(2026, List.of(d(2026, 1, 1), d(2026, 1, 19), d(2026, 2, 16), d(2026, 4, 3),
                        d(2026, 5, 25), d(2026, 6, 19), d(2026, 7, 3), d(2026, 9, 7), d(2026, 11, 26),
                        d(2026, 12, 25)),
                        List.of(d(2026, 11, 27), d(2026, 12, 24))),
                // Juneteenth and July 4 fall on weekends (observed Fri Jun 18, Mon Jul 5); Christmas is a Saturday,
                // so Friday Dec 24 is the holiday and there is no Christmas Eve early close.
                Arguments.of(2027, List.of(d(2027, 1, 1), d(2027, 1, 18), d(2027, 2, 15), d(2027, 3, 26),
                        d(2027, 5, 31), d(2027, 6, 18), d(2027, 7, 5), d(2027, 9, 6), d(2027, 11, 25),
                        d(2027, 12, 24)),
                        List.of(d(2027, 11, 26))),
                // January 1 is a Saturday: not observed (Friday Dec 31 2027 trades normally, Rule 7.2).
                Arguments.of(2028, List.of(d(2028, 1, 17), d(2028, 2, 21), d(2028, 4, 14), d(2028, 5, 29),
                        d(2028, 6, 19), d(2028, 7, 4), d(2028, 9, 4), d(2028, 11, 23), d(2028, 12, 25)),
                        List.of(d(2028, 7, 3), d(2028, 11, 24))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("publishedSchedules")
    void matchesThePublishedHolidaysAndEarlyCloses(int year, List<LocalDate> holidays, List<LocalDate> earlyCloses) {
        List<LocalDate> days = LocalDate.of(year, 1, 1).datesUntil(LocalDate.of(year + 1, 1, 1)).toList();

        assertThat(days.stream().filter(nyse::isHoliday).toList()).isEqualTo(holidays);
        assertThat(days.stream().filter(day -> nyse.tradingDay(day).map(TradingDay::earlyClose).orElse(false))
                .toList()).isEqualTo(earlyCloses);
    }

    @Test
    void yearEndBeforeASaturdayNewYearTradesAFullDay() {
        assertThat(nyse.isHoliday(d(2027, 12, 31))).isFalse();
        assertThat(nyse.tradingDay(d(2027, 12, 31)).orElseThrow().earlyClose()).isFalse();
    }

    @Test
    void weekendsAreNotTradingDaysNorHolidays() {
        assertThat(nyse.tradingDay(d(2026, 11, 21))).isEmpty();
        assertThat(nyse.isHoliday(d(2026, 11, 21))).isFalse();
    }

    @Test
    void earlyCloseDayEndsTheRegularSessionAt13AndExtendedHoursAt17() {
        TradingDay blackFriday = nyse.tradingDay(d(2026, 11, 27)).orElseThrow();

        assertThat(blackFriday.close()).isEqualTo(ny(2026, 11, 27, 13, 0));
        assertThat(blackFriday.afterHoursClose()).isEqualTo(ny(2026, 11, 27, 17, 0));
        assertThat(nyse.phaseAt(ny(2026, 11, 27, 13, 30))).isEqualTo(SessionPhase.AFTER_HOURS);
        assertThat(nyse.phaseAt(ny(2026, 11, 27, 17, 0))).isEqualTo(SessionPhase.CLOSED);
    }

    @Test
    void opensAt0930NewYorkTimeOnTheFirstDayOfDaylightSavingTime() {
        // Clocks went forward on Sunday 2026-03-08: 09:30 EDT is 13:30 UTC, one hour earlier than in winter.
        assertThat(nyse.phaseAt(Instant.parse("2026-03-09T13:29:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
        assertThat(nyse.phaseAt(Instant.parse("2026-03-09T13:30:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(nyse.phaseAt(Instant.parse("2026-03-06T14:29:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
        assertThat(nyse.phaseAt(Instant.parse("2026-03-06T14:30:00Z"))).isEqualTo(SessionPhase.OPEN);
    }

    @Test
    void opensAt0930NewYorkTimeOnTheFirstDayOfStandardTime() {
        // Clocks went back on Sunday 2026-11-01: 09:30 EST is 14:30 UTC.
        assertThat(nyse.phaseAt(Instant.parse("2026-11-02T13:30:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
        assertThat(nyse.phaseAt(Instant.parse("2026-11-02T14:30:00Z"))).isEqualTo(SessionPhase.OPEN);
        assertThat(nyse.phaseAt(Instant.parse("2026-11-02T21:00:00Z"))).isEqualTo(SessionPhase.AFTER_HOURS);
        assertThat(nyse.phaseAt(Instant.parse("2026-11-03T01:00:00Z"))).isEqualTo(SessionPhase.CLOSED);
        assertThat(nyse.phaseAt(Instant.parse("2026-11-02T09:00:00Z"))).isEqualTo(SessionPhase.PRE_MARKET);
    }

    @Test
    void nextOpenSkipsTheWeekend() {
        Instant fridayEvening = ny(2026, 11, 20, 18, 0);

        assertThat(nyse.nextOpen(fridayEvening)).isEqualTo(ny(2026, 11, 23, 9, 30));
        assertThat(nyse.nextClose(fridayEvening)).isEqualTo(ny(2026, 11, 23, 16, 0));
    }

    @Test
    void nextOpenSkipsAHolidayAndTheWeekendAfterIt() {
        // Thursday 2026-12-24 closes at 13:00; Friday Christmas and the weekend follow.
        Instant christmasEveMorning = ny(2026, 12, 24, 10, 0);

        assertThat(nyse.nextClose(christmasEveMorning)).isEqualTo(ny(2026, 12, 24, 13, 0));
        assertThat(nyse.nextOpen(christmasEveMorning)).isEqualTo(ny(2026, 12, 28, 9, 30));
    }

    @Test
    void nextCloseDuringTheSessionIsTodaysClose() {
        Instant duringThanksgivingFriday = ny(2026, 11, 27, 11, 0);

        assertThat(nyse.phaseAt(duringThanksgivingFriday)).isEqualTo(SessionPhase.OPEN);
        assertThat(nyse.nextClose(duringThanksgivingFriday)).isEqualTo(ny(2026, 11, 27, 13, 0));
        assertThat(nyse.nextOpen(duringThanksgivingFriday)).isEqualTo(ny(2026, 11, 30, 9, 30));
    }

    @Test
    void aSpecialClosureCanBeAnnouncedWithoutARule() {
        NyseCalendar withMourningDay = new NyseCalendar(java.util.Set.of(d(2026, 12, 1)));

        assertThat(withMourningDay.isHoliday(d(2026, 12, 1))).isTrue();
        assertThat(nyse.isHoliday(d(2026, 12, 1))).isFalse();
    }

    static LocalDate d(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    static Instant ny(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
    }
}
