package com.tradesense.analytics.levels;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.Level;
import com.tradesense.analytics.LevelKind;
import com.tradesense.analytics.PivotType;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.TradingSession;
import org.junit.jupiter.api.Test;

/**
 * Key levels over hand-made bars on the New York schedule, around the 2026 Thanksgiving holiday and early close, a
 * weekend and the 2026 daylight-saving start (Sunday 2026-03-08: the regular open moves from 14:30Z to 13:30Z).
 * Daily bar of date d: open 100+k, high 102+k, low 99+k, close 101+k with k the d's day of month, so each number
 * names its day.
 */
class KeyLevelCalculatorTests {

    final NewYorkTestSchedule schedule = new NewYorkTestSchedule();

    @Test
    void mondayAfterTheHolidayWeekUsesFridaysEarlyCloseAndTheWholeShortWeek() {
        TradingSession monday = schedule.on(LocalDate.of(2026, 11, 30)).orElseThrow();
        KeyLevels levels = compute(monday, monday.open().plusSeconds(3600), daily("2026-10-26", "2026-11-27"),
                List.of(), PivotType.CLASSIC);

        Map<String, BigDecimal> byName = byName(levels);
        // Friday 11-27 (k = 27) is the previous day; Thursday 11-26 had no session.
        assertThat(byName.get("PDH")).isEqualByComparingTo("129");
        assertThat(byName.get("PDC")).isEqualByComparingTo("128");
        // Previous week 11-23..11-27 without the holiday: high of 11-27, low of 11-23.
        assertThat(byName.get("PWH")).isEqualByComparingTo("129");
        assertThat(byName.get("PWL")).isEqualByComparingTo("122");
        // Previous month: October's bars 10-26..10-30.
        assertThat(byName.get("PMOH")).isEqualByComparingTo("132");
        assertThat(byName.get("PMOL")).isEqualByComparingTo("125");
        // Classic daily pivots from Friday: PP = (129 + 126 + 128) / 3 = 127.6667.
        assertThat(levels.pivots().get("daily").levels().get("PP")).isEqualByComparingTo("127.6667");
        assertThat(levels.pivots().get("weekly").levels().get("PP")).isEqualByComparingTo("126.3333");
        assertThat(levels.tradingDate()).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void theDayAfterAHolidayLooksBackToTheDayBeforeIt() {
        TradingSession friday = schedule.on(LocalDate.of(2026, 11, 27)).orElseThrow();
        KeyLevels levels = compute(friday, friday.preMarketOpen().plusSeconds(60), daily("2026-11-02", "2026-11-27"),
                List.of(), PivotType.TRADITIONAL);

        assertThat(byName(levels).get("PDH")).isEqualByComparingTo("127");
        assertThat(byName(levels).get("PDL")).isEqualByComparingTo("124");
    }

    @Test
    void afterTheEarlyCloseTheLevelsAreForTheNextSessionAndAfterHoursBarsNeverCount() {
        Instant fridayEvening = Instant.parse("2026-11-27T18:30:00Z"); // 13:30 New York, after the 13:00 close
        assertThat(schedule.sessionFor(fridayEvening).tradingDate()).isEqualTo(LocalDate.of(2026, 11, 30));

        TradingSession friday = schedule.on(LocalDate.of(2026, 11, 27)).orElseThrow();
        List<Bar> intraday = new ArrayList<>();
        intraday.add(minute("2026-11-27T14:30:00Z", "150", "151", "149", "150.5", 100));
        intraday.add(minute("2026-11-27T17:59:00Z", "152", "153", "151", "152", 100));
        intraday.add(minute("2026-11-27T18:00:00Z", "300", "300", "300", "300", 1_000_000)); // after-hours
        KeyLevels levels = compute(friday, fridayEvening, daily("2026-11-02", "2026-11-25"), intraday,
                PivotType.TRADITIONAL);

        // VWAP of the two regular minutes only: typical prices 150.1667 and 152, equal volume.
        assertThat(levels.vwap().value()).isEqualByComparingTo("151.0833");
        assertThat(DailyBars.fromIntraday(intraday, schedule)).singleElement()
                .satisfies(day -> assertThat(day.h()).isEqualByComparingTo("153"));
    }

    @Test
    void preMarketAndOpeningRangesFollowTheSessionAcrossTheDaylightSavingStart() {
        // Monday 2026-03-09, first session in EDT: pre-market from 08:00Z, open 13:30Z (14:30Z the Friday before).
        TradingSession monday = schedule.on(LocalDate.of(2026, 3, 9)).orElseThrow();
        assertThat(monday.open()).isEqualTo(Instant.parse("2026-03-09T13:30:00Z"));
        List<Bar> intraday = List.of(
                minute("2026-03-09T08:00:00Z", "50", "51", "49.5", "50", 10),
                minute("2026-03-09T13:29:00Z", "50", "52", "50", "51", 10),
                minute("2026-03-09T13:30:00Z", "51", "53", "50.5", "52", 100),
                minute("2026-03-09T13:34:00Z", "52", "54", "51", "53", 100),
                minute("2026-03-09T13:35:00Z", "53", "56", "52", "55", 100),
                minute("2026-03-09T13:59:00Z", "55", "57", "48", "56", 100),
                minute("2026-03-09T14:00:00Z", "56", "60", "40", "58", 100));
        KeyLevels levels = compute(monday, Instant.parse("2026-03-09T14:10:00Z"), daily("2026-03-02", "2026-03-06"),
                intraday, PivotType.WOODIE);

        Map<String, BigDecimal> byName = byName(levels);
        assertThat(byName.get("PMH")).isEqualByComparingTo("52");
        assertThat(byName.get("PML")).isEqualByComparingTo("49.5");
        assertThat(byName.get("ORH5")).isEqualByComparingTo("54");
        assertThat(byName.get("ORL5")).isEqualByComparingTo("50.5");
        assertThat(byName.get("ORH15")).isEqualByComparingTo("56");
        // 13:30-14:00 excludes the 14:00 minute.
        assertThat(byName.get("ORH30")).isEqualByComparingTo("57");
        assertThat(byName.get("ORL30")).isEqualByComparingTo("48");
        // Woodie daily pivots take today's open (51): PP = (108 + 105 + 2 * 51) / 4.
        assertThat(levels.pivots().get("daily").levels().get("PP")).isEqualByComparingTo("78.75");
    }

    @Test
    void openingRangesAppearOnlyOnceComplete() {
        TradingSession monday = schedule.on(LocalDate.of(2026, 3, 9)).orElseThrow();
        KeyLevels levels = compute(monday, Instant.parse("2026-03-09T13:40:00Z"), daily("2026-03-02", "2026-03-06"),
                List.of(minute("2026-03-09T13:30:00Z", "51", "53", "50.5", "52", 100)), PivotType.TRADITIONAL);

        assertThat(byName(levels)).containsKey("ORH5").doesNotContainKeys("ORH15", "ORH30");
    }

    @Test
    void levelsAreSortedByPriceWithResistanceAboveSupportBelowAndPivotsApart() {
        TradingSession monday = schedule.on(LocalDate.of(2026, 11, 30)).orElseThrow();
        KeyLevels levels = compute(monday, monday.open().plusSeconds(60), daily("2026-10-01", "2026-11-27"),
                List.of(), PivotType.TRADITIONAL);

        assertThat(levels.levels()).extracting(Level::price).isSorted();
        for (Level level : levels.levels()) {
            LevelKind expected = level.family().startsWith("PIVOT") ? LevelKind.PIVOT
                    : level.price().compareTo(levels.price()) > 0 ? LevelKind.RESISTANCE : LevelKind.SUPPORT;
            assertThat(level.kind()).as(level.name()).isEqualTo(expected);
            assertThat(level.distance()).isEqualByComparingTo(level.price().subtract(levels.price()));
        }
        // Expected range from the previous close (no regular minute yet): PDC 128 plus and minus the daily ATR.
        double atr = levels.atr();
        assertThat(byName(levels).get("ATRH"))
                .isEqualByComparingTo(BigDecimal.valueOf(128 + atr).setScale(4, java.math.RoundingMode.HALF_UP));
        assertThat(levels.levels()).filteredOn(level -> level.name().equals("PDH")).singleElement()
                .satisfies(pdh -> assertThat(pdh.distanceAtr()).isEqualTo(Math.round(100 / atr) / 100.0));
    }

    @Test
    void swingZonesCountTheirTouches() {
        double[] high = {10, 11, 12, 15, 12, 11, 10, 11, 12, 15.1, 12, 11, 10};
        double[] low = {9, 10, 11, 14, 11, 10, 9, 10, 11, 14, 11, 10, 9};

        assertThat(SwingZones.find(high, low, 3, 0.5)).singleElement().satisfies(zone -> {
            assertThat(zone.touches()).isEqualTo(2);
            assertThat(zone.low()).isEqualTo(15);
            assertThat(zone.high()).isEqualTo(15.1);
        });
    }

    private KeyLevels compute(TradingSession session, Instant asOf, List<Bar> daily, List<Bar> intraday,
            PivotType type) {
        BigDecimal price = intraday.isEmpty() ? daily.get(daily.size() - 1).c() : intraday.get(intraday.size() - 1).c();
        return KeyLevelCalculator.compute(KeyLevelCalculator.daily(daily, session),
                new KeyLevelCalculator.Inputs("TEST", session, asOf, price, intraday, type));
    }

    /** Daily bars of every trading date from {@code first} to {@code last}, as described in the class comment. */
    private List<Bar> daily(String first, String last) {
        List<Bar> bars = new ArrayList<>();
        for (LocalDate d = LocalDate.parse(first); !d.isAfter(LocalDate.parse(last)); d = d.plusDays(1)) {
            if (schedule.on(d).isPresent()) {
                int k = d.getDayOfMonth();
                bars.add(new Bar(d.atStartOfDay(NewYorkTestSchedule.NEW_YORK).toInstant(), BigDecimal.valueOf(100 + k),
                        BigDecimal.valueOf(102 + k), BigDecimal.valueOf(99 + k), BigDecimal.valueOf(101 + k), 1000));
            }
        }
        return bars;
    }

    private static Bar minute(String t, String o, String h, String l, String c, long v) {
        return new Bar(Instant.parse(t), new BigDecimal(o), new BigDecimal(h), new BigDecimal(l), new BigDecimal(c), v);
    }

    private static Map<String, BigDecimal> byName(KeyLevels levels) {
        return levels.levels().stream().collect(Collectors.toMap(Level::name, Level::price, (a, b) -> a));
    }
}
