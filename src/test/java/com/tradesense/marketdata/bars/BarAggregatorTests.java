package com.tradesense.marketdata.bars;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.TestCalendars;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;
import com.tradesense.platform.ApiException;
import org.junit.jupiter.api.Test;

class BarAggregatorTests {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private final TradingCalendar nyse = TestCalendars.newYork();

    @Test
    void fiveFifteenAndThirtyMinuteBarsTileTheRegularSession() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));

        assertThat(BarAggregator.aggregate(minutes, Interval.M5, nyse, false)).hasSize(78)
                .first().satisfies(bar -> assertThat(bar.t()).isEqualTo(ny(2026, 11, 18, 9, 30)));
        assertThat(BarAggregator.aggregate(minutes, Interval.M15, nyse, false)).hasSize(26);
        List<Bar> halfHours = BarAggregator.aggregate(minutes, Interval.M30, nyse, false);
        assertThat(halfHours).hasSize(13);
        assertThat(halfHours.get(12).t()).isEqualTo(ny(2026, 11, 18, 15, 30));
        assertThat(halfHours).allSatisfy(bar -> assertThat(bar.v()).isEqualTo(30));
    }

    @Test
    void hourlyBarsStartAtTheOpenAndEndWithAHalfHour() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));

        List<Bar> hours = BarAggregator.aggregate(minutes, Interval.H1, nyse, false);

        assertThat(hours).extracting(Bar::t).containsExactly(ny(2026, 11, 18, 9, 30), ny(2026, 11, 18, 10, 30),
                ny(2026, 11, 18, 11, 30), ny(2026, 11, 18, 12, 30), ny(2026, 11, 18, 13, 30), ny(2026, 11, 18, 14, 30),
                ny(2026, 11, 18, 15, 30));
        assertThat(hours).extracting(Bar::v).containsExactly(60L, 60L, 60L, 60L, 60L, 60L, 30L);
    }

    @Test
    void barsAreExactOpenHighLowCloseAndSummedVolume() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));
        List<Bar> regular = minutes.stream().filter(bar -> !bar.t().isBefore(ny(2026, 11, 18, 9, 30))).toList();

        Bar firstHour = BarAggregator.aggregate(minutes, Interval.H1, nyse, false).get(0);

        Bar first = regular.get(0);
        Bar sixtieth = regular.get(59);
        assertThat(firstHour).isEqualTo(new Bar(first.t(), first.o(), sixtieth.h(), first.l(), sixtieth.c(), 60));
        assertThat(firstHour.o()).isEqualByComparingTo("103.30").hasScaleOf(2);
    }

    @Test
    void fourHourBarsSplitTheSessionAtHalfPastOne() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));

        assertThat(BarAggregator.aggregate(minutes, Interval.H4, nyse, false))
                .extracting(Bar::t, Bar::v)
                .containsExactly(tuple(ny(2026, 11, 18, 9, 30), 240L),
                        tuple(ny(2026, 11, 18, 13, 30), 150L));
    }

    @Test
    void extendedHoursBarsAlignToTheirOwnSegmentAndNeverMixWithTheRegularSession() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));

        List<Bar> hours = BarAggregator.aggregate(minutes, Interval.H1, nyse, true);

        // 04:00..09:00 (the last a half hour), 09:30..15:30, 16:00..19:00
        assertThat(hours).hasSize(6 + 7 + 4);
        assertThat(hours.get(5)).satisfies(bar -> {
            assertThat(bar.t()).isEqualTo(ny(2026, 11, 18, 9, 0));
            assertThat(bar.v()).isEqualTo(30);
        });
        assertThat(hours.get(13).t()).isEqualTo(ny(2026, 11, 18, 16, 0));
        assertThat(BarAggregator.aggregate(minutes, Interval.M1, nyse, true)).isEqualTo(minutes);
        assertThat(BarAggregator.aggregate(minutes, Interval.M1, nyse, false)).hasSize(390);
    }

    @Test
    void dailyBarsCoverTheRegularSessionUnlessExtendedHoursAreAsked() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 18), LocalDate.of(2026, 11, 18));

        Bar regular = BarAggregator.aggregate(minutes, Interval.D1, nyse, false).get(0);
        Bar extended = BarAggregator.aggregate(minutes, Interval.D1, nyse, true).get(0);

        assertThat(regular.t()).isEqualTo(ny(2026, 11, 18, 0, 0));
        assertThat(regular.v()).isEqualTo(390);
        assertThat(regular.o()).isEqualTo(minutes.get(330).o());
        assertThat(regular.c()).isEqualTo(minutes.get(719).c());
        assertThat(extended.v()).isEqualTo(960);
        assertThat(extended.o()).isEqualTo(minutes.get(0).o());
    }

    @Test
    void aDaylightSavingWeekKeepsBarsOnLocalSessionTimes() {
        // US clocks moved forward on Sunday 2026-03-08: the open is 14:30Z before and 13:30Z after.
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 10));

        List<Bar> days = BarAggregator.aggregate(minutes, Interval.D1, nyse, false);
        List<Bar> hours = BarAggregator.aggregate(minutes, Interval.H1, nyse, false);
        List<Bar> weeks = BarAggregator.aggregate(minutes, Interval.W1, nyse, false);

        assertThat(days).extracting(Bar::t).containsExactly(Instant.parse("2026-03-05T05:00:00Z"),
                Instant.parse("2026-03-06T05:00:00Z"), Instant.parse("2026-03-09T04:00:00Z"),
                Instant.parse("2026-03-10T04:00:00Z"));
        assertThat(days).allSatisfy(day -> assertThat(day.v()).isEqualTo(390));
        assertThat(hours).extracting(Bar::t).contains(Instant.parse("2026-03-06T14:30:00Z"),
                Instant.parse("2026-03-09T13:30:00Z")).hasSize(4 * 7);
        assertThat(weeks).extracting(Bar::t, Bar::v).containsExactly(
                tuple(ny(2026, 3, 2, 0, 0), 780L),
                tuple(ny(2026, 3, 9, 0, 0), 780L));
    }

    @Test
    void aHolidayWeekHasNoBarForTheHolidayAndAShortDayAfterIt() {
        // Thanksgiving week 2026: closed Thursday the 26th, regular session until 13:00 on Friday the 27th.
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 27));

        List<Bar> days = BarAggregator.aggregate(minutes, Interval.D1, nyse, false);
        List<Bar> weeks = BarAggregator.aggregate(minutes, Interval.W1, nyse, false);

        assertThat(days).extracting(bar -> LocalDate.ofInstant(bar.t(), NEW_YORK)).containsExactly(
                LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 25),
                LocalDate.of(2026, 11, 27));
        assertThat(days.get(3).v()).isEqualTo(210);
        assertThat(weeks).singleElement().satisfies(week -> {
            assertThat(week.t()).isEqualTo(ny(2026, 11, 23, 0, 0));
            assertThat(week.v()).isEqualTo(3 * 390 + 210);
            assertThat(week.o()).isEqualTo(days.get(0).o());
            assertThat(week.c()).isEqualTo(days.get(3).c());
        });
        assertThat(BarAggregator.aggregate(minutes, Interval.H1, nyse, false))
                .filteredOn(bar -> bar.t().isAfter(ny(2026, 11, 27, 0, 0)))
                .extracting(Bar::v).containsExactly(60L, 60L, 60L, 30L);
    }

    @Test
    void monthlyBarsFollowCalendarMonthsInTheExchangeZone() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 10, 29), LocalDate.of(2026, 11, 3));

        List<Bar> months = BarAggregator.aggregate(minutes, Interval.MN1, nyse, false);

        assertThat(months).extracting(Bar::t, Bar::v).containsExactly(
                tuple(ny(2026, 10, 1, 0, 0), 2 * 390L),
                tuple(ny(2026, 11, 1, 0, 0), 2 * 390L));
    }

    @Test
    void rollingUpDailyBarsGivesTheSameWeeksAndMonthsAsMinutes() {
        List<Bar> minutes = minuteBars(nyse, LocalDate.of(2026, 11, 16), LocalDate.of(2026, 12, 4));
        List<Bar> days = BarAggregator.aggregate(minutes, Interval.D1, nyse, false);

        for (Interval interval : List.of(Interval.W1, Interval.MN1)) {
            assertThat(BarAggregator.rollUpDaily(days, interval, NEW_YORK))
                    .isEqualTo(BarAggregator.aggregate(minutes, interval, nyse, false));
        }
    }

    @Test
    void aTwentyFourSevenMarketHasCalendarDaysAndClockAlignedHours() {
        TradingCalendar crypto = TestCalendars.crypto();
        List<Bar> minutes = minuteBars(crypto, LocalDate.of(2026, 11, 21), LocalDate.of(2026, 11, 22));

        assertThat(BarAggregator.aggregate(minutes, Interval.D1, crypto, false)).extracting(Bar::t, Bar::v)
                .containsExactly(tuple(Instant.parse("2026-11-21T00:00:00Z"), 1440L),
                        tuple(Instant.parse("2026-11-22T00:00:00Z"), 1440L));
        assertThat(BarAggregator.aggregate(minutes, Interval.H4, crypto, false)).hasSize(12)
                .extracting(Bar::t).contains(Instant.parse("2026-11-22T20:00:00Z"));
    }

    @Test
    void intervalsParseFromTheirCodesAndUnknownCodesAreABadRequestListingTheValidOnes() {
        assertThat(Interval.parse("1m")).isEqualTo(Interval.M1);
        assertThat(Interval.parse("1M")).isEqualTo(Interval.MN1);
        assertThat(Interval.parse("4h").minutes()).isEqualTo(240);
        assertThatThrownBy(() -> Interval.parse("2h")).isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.code()).isEqualTo("INVALID_INTERVAL");
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("interval"));
            assertThat(e.getMessage()).contains("1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w, 1M");
        });
    }

    private static Instant ny(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute).atZone(NEW_YORK).toInstant();
    }

    /**
     * One bar per session minute (extended hours included) of the trading days in {@code [from, to]}, with rising
     * prices so every expected open, high, low and close is easy to name: bar i opens at 100.00 + i cents.
     */
    private static List<Bar> minuteBars(TradingCalendar calendar, LocalDate from, LocalDate to) {
        List<Bar> bars = new ArrayList<>();
        for (LocalDate date = from; !date.isAfter(to); date = date.plusDays(1)) {
            TradingDay day = calendar.tradingDay(date).orElse(null);
            if (day == null) {
                continue;
            }
            for (Instant t = day.preMarketOpen(); t.isBefore(day.afterHoursClose()); t = t.plusSeconds(60)) {
                BigDecimal open = new BigDecimal("100.00").add(BigDecimal.valueOf(bars.size(), 2));
                bars.add(new Bar(t, open, open.add(new BigDecimal("0.05")), open.subtract(new BigDecimal("0.05")),
                        open.add(new BigDecimal("0.01")), 1));
            }
        }
        return bars;
    }
}
