package com.tradesense.marketdata.bars;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.tradesense.IntegrationTest;
import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.TestCalendars;
import com.tradesense.marketdata.TestUniverse;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.simulator.MarketSimulator;
import com.tradesense.marketdata.simulator.SimulatedInstrument;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The backfill against a real PostgreSQL, with three instruments on the test calendars and the clock fixed at
 * Friday 2026-11-20 13:00:30 New York, so every count below is exact.
 */
@IntegrationTest
@TestPropertySource(properties = "tradesense.marketdata.simulator.enabled=true")
class HistoryBackfillTests {

    private static final Logger log = LoggerFactory.getLogger(HistoryBackfillTests.class);
    static final Instant NOW = Instant.parse("2026-11-20T18:00:30Z");

    @TestConfiguration(proxyBeanMethods = false)
    static class ThreeInstruments {

        @Bean
        @Primary
        SimulationUniverse simulationUniverse() {
            return new TestUniverse(List.of(TestUniverse.AAPL, TestUniverse.ATW, TestUniverse.BTC));
        }

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }
    }

    @Autowired
    HistoryBackfill backfill;
    @Autowired
    BarRepository bars;
    @Autowired
    MarketSimulator simulator;
    @Autowired
    JdbcClient jdbc;

    @Test
    void firstStartStoresThirtyTradingDaysOfMinutesAndTwoYearsOfDailyBars() throws Exception {
        HistoryBackfill.Report startup = backfill.startupRun().get(60, TimeUnit.SECONDS);

        // AAPL: 29 full days of 04:00-20:00 plus Friday 04:00-13:00; ATW: 30 days of 09:30-15:30 (Friday closed at
        // 14:30Z); BTC: 29 days of 1440 minutes plus Friday until 18:00Z.
        assertThat(minuteCount("AAPL")).isEqualTo(29 * 960 + 540);
        assertThat(minuteCount("ATW")).isEqualTo(30 * 360);
        assertThat(minuteCount("BTC-USD")).isEqualTo(29 * 1440 + 1080);
        assertThat(jdbc.sql("select count(distinct (t at time zone 'America/New_York')::date) from marketdata_bars_1m"
                + " where symbol = 'AAPL'").query(Long.class).single()).isEqualTo(30);
        assertThat(startup.minuteBars()).isEqualTo(29 * 960 + 540 + 30 * 360 + 29 * 1440 + 1080);

        // Daily: two years before the first intraday day (Monday 2026-10-12), then the completed intraday days.
        LocalDate firstIntraday = LocalDate.of(2026, 10, 12);
        assertThat(dailyCount("AAPL")).isEqualTo(tradingDays(TestCalendars.newYork(), firstIntraday) + 29);
        assertThat(dailyCount("ATW")).isEqualTo(tradingDays(TestCalendars.casablanca(), firstIntraday) + 30);
        assertThat(dailyCount("BTC-USD"))
                .isEqualTo(tradingDays(TestCalendars.crypto(), LocalDate.of(2026, 10, 22)) + 29);
        assertThat(bars.lastTradingDate("AAPL")).contains(LocalDate.of(2026, 11, 19));
        // The simulated daily history ends exactly where the minutes begin.
        assertThat(bars.dailyBars("AAPL", LocalDate.of(2026, 10, 9), LocalDate.of(2026, 10, 10), 1))
                .singleElement().satisfies(bar -> assertThat(bar.c()).isEqualByComparingTo("230.00"));
    }

    @Test
    void runningAgainAddsNothing() throws Exception {
        backfill.startupRun().get(60, TimeUnit.SECONDS);
        long stored = minuteCount("AAPL");

        HistoryBackfill.Report again = backfill.run();

        assertThat(again.minuteBars()).isZero();
        assertThat(again.dailyBars()).isZero();
        assertThat(minuteCount("AAPL")).isEqualTo(stored);
    }

    @Test
    void aDayThatClosedSinceTheLastDailyBarGetsItsBarFromTheStoredMinutes() throws Exception {
        backfill.startupRun().get(60, TimeUnit.SECONDS);
        LocalDate thursday = LocalDate.of(2026, 11, 19);
        List<Bar> before = bars.dailyBars("AAPL", thursday, thursday.plusDays(1), 1);
        jdbc.sql("delete from marketdata_bars_1d where symbol = 'AAPL' and trading_date = ?").param(thursday).update();

        HistoryBackfill.Report again = backfill.catchUp();

        assertThat(again.minuteBars()).isZero();
        assertThat(again.dailyBars()).isEqualTo(1);
        assertThat(bars.dailyBars("AAPL", thursday, thursday.plusDays(1), 1)).isEqualTo(before).hasSize(1);
    }

    @Test
    void aRestartRegeneratesTheMissingMinutesExactlyAsTheyWere() throws Exception {
        backfill.startupRun().get(60, TimeUnit.SECONDS);
        Instant cut = Instant.parse("2026-11-20T12:00:00Z");
        List<Bar> before = bars.minuteBars("BTC-USD", cut, NOW, true, 10_000);
        jdbc.sql("delete from marketdata_bars_1m where symbol = 'BTC-USD' and t >= ?")
                .param(java.sql.Timestamp.from(cut)).update();

        HistoryBackfill.Report restart = backfill.run();

        assertThat(restart.minuteBars()).isEqualTo(360);
        assertThat(bars.minuteBars("BTC-USD", cut, NOW, true, 10_000)).isEqualTo(before);
    }

    @Test
    void rangeReadsReturnBarsOldestFirstAndCanLeaveOutExtendedHours() throws Exception {
        backfill.startupRun().get(60, TimeUnit.SECONDS);
        // Thursday 2026-11-19, 04:00 to 20:00 New York
        Instant from = Instant.parse("2026-11-19T09:00:00Z");
        Instant to = Instant.parse("2026-11-20T01:00:00Z");

        List<Bar> all = bars.minuteBars("AAPL", from, to, true, 10_000);
        List<Bar> regular = bars.minuteBars("AAPL", from, to, false, 10_000);

        assertThat(all).hasSize(960).isSortedAccordingTo(Comparator.comparing(Bar::t));
        assertThat(all.get(0).t()).isEqualTo(Instant.parse("2026-11-19T09:00:00Z"));
        assertThat(regular).hasSize(390).first().satisfies(bar ->
                assertThat(bar.t()).isEqualTo(Instant.parse("2026-11-19T14:30:00Z")));
        assertThat(bars.minuteBars("AAPL", from, to, true, 5)).hasSize(5).isEqualTo(all.subList(0, 5));
        assertThat(bars.dailyBars("AAPL", LocalDate.of(2026, 11, 19), LocalDate.of(2026, 11, 20), 10))
                .singleElement().isEqualTo(BarAggregator.aggregate(regular, com.tradesense.marketdata.Interval.D1,
                        TestCalendars.newYork(), false).get(0));
    }

    /**
     * Not a benchmark (timing is not asserted): the first-start backfill of a catalog-sized universe, ~2M 1-minute
     * bars and two years of daily bars, with the time in the log for docs/BENCHMARKS.md.
     */
    @Test
    void backfillsACatalogSizedUniverse() {
        TestUniverse catalog = seventyInstruments();
        MarketSimulator catalogSimulator = new MarketSimulator(1L, catalog);
        HistoryBackfill catalogBackfill = new HistoryBackfill(catalog, catalogSimulator, bars,
                Clock.fixed(NOW, ZoneOffset.UTC), new SimulatorProperties(true, 1L, 30, 2));

        HistoryBackfill.Report report = catalogBackfill.run();

        log.info("Catalog-sized backfill: {} instruments, {} 1-minute bars, {} daily bars in {} ms",
                report.instruments(), report.minuteBars(), report.dailyBars(), report.took().toMillis());
        assertThat(report.instruments()).isEqualTo(70);
        assertThat(report.minuteBars()).isGreaterThan(1_900_000);
    }

    /** 45 US stocks, 10 Casablanca stocks and 15 around-the-clock instruments, the catalog's mix. */
    private static TestUniverse seventyInstruments() {
        List<SimulatedInstrument> instruments = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            SimulatedInstrument template = i < 45 ? TestUniverse.AAPL : i < 55 ? TestUniverse.ATW : TestUniverse.BTC;
            Instrument base = template.instrument();
            Instrument instrument = new Instrument("LOAD" + i, base.name(), base.exchange(), base.assetClass(),
                    base.currency(), base.tickSize(), base.lotSize(), base.fractional(), base.tradable(),
                    base.shortable(), null, null, base.calendar(), true);
            instruments.add(new SimulatedInstrument(instrument, template.referencePrice(), template.beta(),
                    template.dailyVolatility(), template.benchmark()));
        }
        return new TestUniverse(instruments);
    }

    private long minuteCount(String symbol) {
        return jdbc.sql("select count(*) from marketdata_bars_1m where symbol = ?").param(symbol).query(Long.class)
                .single();
    }

    private long dailyCount(String symbol) {
        return jdbc.sql("select count(*) from marketdata_bars_1d where symbol = ?").param(symbol).query(Long.class)
                .single();
    }

    private static long tradingDays(TradingCalendar calendar, LocalDate until) {
        return until.minusYears(2).datesUntil(until).filter(date -> calendar.tradingDay(date).isPresent()).count();
    }
}
