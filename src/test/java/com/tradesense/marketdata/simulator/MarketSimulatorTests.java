package com.tradesense.marketdata.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.TestCalendars;
import com.tradesense.marketdata.TestUniverse;
import com.tradesense.marketdata.calendar.TradingCalendar;
import org.junit.jupiter.api.Test;

/** Statistical checks use fixed seeds and long samples, so they are deterministic and far from their limits. */
class MarketSimulatorTests {

    private static final long SEED = 20_261_122L;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant MONDAY = Instant.parse("2026-11-16T00:00:00Z");

    private final MarketSimulator simulator = new MarketSimulator(SEED, TestUniverse.all());

    @Test
    void theSameSeedGivesTheSameBarsAndAnotherSeedOthers() {
        Instant until = Instant.parse("2026-11-21T12:00:00Z");
        List<Bar> first = simulator.minuteBars("AAPL", MONDAY, until, new BigDecimal("230.00"));
        List<Bar> again = new MarketSimulator(SEED, TestUniverse.all()).minuteBars("AAPL", MONDAY, until,
                new BigDecimal("230.00"));
        List<Bar> otherSeed = new MarketSimulator(SEED + 1, TestUniverse.all()).minuteBars("AAPL", MONDAY, until,
                new BigDecimal("230.00"));

        assertThat(first).hasSize(5 * 960).isEqualTo(again).isNotEqualTo(otherSeed);
    }

    @Test
    void anInstrumentIncludedWhileRunningTradesAsIfItHadBeenThereFromTheStart() {
        Instant until = Instant.parse("2026-11-17T12:00:00Z");
        MarketSimulator withoutAapl = new MarketSimulator(SEED, new TestUniverse(List.of(TestUniverse.SPX)));
        withoutAapl.include(TestUniverse.AAPL, TestUniverse.all().calendar("XNYS"));

        assertThat(withoutAapl.minuteBars("AAPL", MONDAY, until, new BigDecimal("230.00")))
                .isNotEmpty().isEqualTo(simulator.minuteBars("AAPL", MONDAY, until, new BigDecimal("230.00")));
    }

    @Test
    void generatingInPiecesFromTheLastCloseEqualsGeneratingAtOnce() {
        Instant until = MONDAY.plus(Duration.ofDays(3));
        List<Bar> atOnce = simulator.minuteBars("BTC-USD", MONDAY, until, new BigDecimal("90000.00"));

        Bar cut = atOnce.get(2_000);
        List<Bar> pieces = new ArrayList<>(atOnce.subList(0, 2_001));
        pieces.addAll(simulator.minuteBars("BTC-USD", cut.t().plusSeconds(60), until, cut.c()));

        assertThat(pieces).isEqualTo(atOnce);
    }

    @Test
    void pricesArePositiveOnTickAndInsideTheirBarsRange() {
        Instant until = MONDAY.plus(Duration.ofDays(14));
        for (SimulatedInstrument instrument : TestUniverse.all().instruments()) {
            BigDecimal tick = instrument.instrument().tickSize();
            List<Bar> bars = simulator.minuteBars(instrument.symbol(), MONDAY, until, instrument.referencePrice());
            assertThat(bars).isNotEmpty().allSatisfy(bar -> {
                for (BigDecimal price : List.of(bar.o(), bar.h(), bar.l(), bar.c())) {
                    assertThat(price).isPositive();
                    assertThat(price.remainder(tick)).isZero();
                }
                assertThat(bar.h()).isGreaterThanOrEqualTo(bar.o().max(bar.c()));
                assertThat(bar.l()).isLessThanOrEqualTo(bar.o().min(bar.c()));
                assertThat(bar.v()).isNotNegative();
            });
        }
    }

    @Test
    void instrumentsTradeOnlyInTheirSessions() {
        // Thanksgiving week: closed Thursday, early close Friday; then a weekend.
        Instant from = Instant.parse("2026-11-23T00:00:00Z");
        Instant until = Instant.parse("2026-11-30T00:00:00Z");
        TradingCalendar nyse = TestCalendars.newYork();

        List<Bar> aapl = simulator.minuteBars("AAPL", from, until, new BigDecimal("230.00"));
        List<Bar> atw = simulator.minuteBars("ATW", from, until, new BigDecimal("700.00"));
        List<Bar> btc = simulator.minuteBars("BTC-USD", from, until, new BigDecimal("90000.00"));

        assertThat(aapl).allSatisfy(bar -> assertThat(nyse.phaseAt(bar.t())).isNotEqualTo(SessionPhase.CLOSED));
        assertThat(aapl).hasSize(3 * 960 + (13 - 4) * 60 + 4 * 60);
        assertThat(aapl).noneMatch(bar -> LocalDate.ofInstant(bar.t(), NEW_YORK).equals(LocalDate.of(2026, 11, 26)));
        assertThat(atw).hasSize(5 * 360).allSatisfy(bar -> assertThat(TestCalendars.casablanca().phaseAt(bar.t()))
                .isEqualTo(SessionPhase.OPEN));
        assertThat(btc).hasSize(7 * 1440);
    }

    @Test
    void volatilityIsHigherAtTheOpenAndCloseThanAtMidday() {
        double[] sums = new double[3];
        long[] counts = new long[3];
        long[] previous = {-1};
        simulator.minuteBars("AAPL", Instant.parse("2025-11-17T00:00:00Z"), Instant.parse("2026-11-16T00:00:00Z"),
                new BigDecimal("230.00"), (minute, open, high, low, close, volume, extended) -> {
                    LocalTime time = LocalTime.ofInstant(Instant.ofEpochSecond(minute * 60), NEW_YORK);
                    int slot = time.isBefore(LocalTime.of(10, 0)) && !extended ? 0
                            : !time.isBefore(LocalTime.of(15, 30)) && !extended ? 2
                            : !time.isBefore(LocalTime.of(12, 0)) && time.isBefore(LocalTime.of(13, 30)) ? 1 : -1;
                    if (slot >= 0 && previous[0] > 0) {
                        sums[slot] += Math.abs(Math.log((double) close / previous[0]));
                        counts[slot]++;
                    }
                    previous[0] = close;
                });
        double opening = sums[0] / counts[0];
        double midday = sums[1] / counts[1];
        double closing = sums[2] / counts[2];

        assertThat(opening).isGreaterThan(1.5 * midday);
        assertThat(closing).isGreaterThan(1.5 * midday);
    }

    @Test
    void realizedDailyVolatilityMatchesTheConfiguredOne() {
        for (SimulatedInstrument instrument : List.of(TestUniverse.AAPL, TestUniverse.BTC, TestUniverse.ATW)) {
            ZoneId zone = TestUniverse.all().calendar(instrument.instrument().calendar()).zone();
            Map<LocalDate, Long> regularCloses = new LinkedHashMap<>();
            simulator.minuteBars(instrument.symbol(), Instant.parse("2024-11-18T00:00:00Z"),
                    Instant.parse("2026-11-16T00:00:00Z"), instrument.referencePrice(),
                    (minute, open, high, low, close, volume, extended) -> {
                        if (!extended) {
                            regularCloses.put(LocalDate.ofInstant(Instant.ofEpochSecond(minute * 60), zone), close);
                        }
                    });

            double realized = stdev(logReturns(regularCloses.values().stream().mapToDouble(Long::doubleValue)
                    .toArray()));

            assertThat(realized).as(instrument.symbol()).isCloseTo(instrument.dailyVolatility(),
                    within(0.12 * instrument.dailyVolatility()));
        }
    }

    @Test
    void dailyHistoryEndsAtTheGivenCloseAndHasTheConfiguredVolatility() {
        List<Bar> days = simulator.dailyBars("AAPL", LocalDate.of(2022, 11, 16), LocalDate.of(2026, 11, 16),
                new BigDecimal("230.00"));

        assertThat(days.get(days.size() - 1).c()).isEqualByComparingTo("230.00");
        assertThat(days.get(days.size() - 1).t()).isEqualTo(Instant.parse("2026-11-13T05:00:00Z"));
        long tradingDays = LocalDate.of(2022, 11, 16).datesUntil(LocalDate.of(2026, 11, 16))
                .filter(date -> TestCalendars.newYork().tradingDay(date).isPresent()).count();
        assertThat(days).hasSize((int) tradingDays).allSatisfy(bar -> {
            assertThat(bar.h()).isGreaterThanOrEqualTo(bar.o().max(bar.c()));
            assertThat(bar.l()).isLessThanOrEqualTo(bar.o().min(bar.c()));
            assertThat(bar.v()).isPositive();
        });
        double realized = stdev(logReturns(days.stream().mapToDouble(bar -> bar.c().doubleValue()).toArray()));
        assertThat(realized).isCloseTo(0.018, within(0.12 * 0.018));
    }

    @Test
    void aStockMovesWithItsBenchmarkByItsBeta() {
        Instant from = Instant.parse("2026-06-01T00:00:00Z");
        Instant until = Instant.parse("2026-09-01T00:00:00Z");
        double[] stock = regularMinuteReturns("AAPL", from, until, new BigDecimal("230.00"));
        double[] index = regularMinuteReturns("SPX", from, until, new BigDecimal("6000.00"));
        assertThat(beta(stock, index)).isCloseTo(1.2, within(0.05));

        // Ten years: two would leave the estimate's standard error near 0.06 with jumpy, fat-tailed returns.
        LocalDate start = LocalDate.of(2016, 11, 18);
        LocalDate end = LocalDate.of(2026, 11, 16);
        double[] dailyStock = logReturns(simulator.dailyBars("AAPL", start, end, new BigDecimal("230.00")).stream()
                .mapToDouble(bar -> bar.c().doubleValue()).toArray());
        double[] dailyIndex = logReturns(simulator.dailyBars("SPX", start, end, new BigDecimal("6000.00")).stream()
                .mapToDouble(bar -> bar.c().doubleValue()).toArray());
        assertThat(beta(dailyStock, dailyIndex)).isCloseTo(1.2, within(0.08));
    }

    @Test
    void extendedHoursTradeThinnerThanTheRegularSession() {
        long[] volume = new long[2];
        long[] minutes = new long[2];
        simulator.minuteBars("AAPL", MONDAY, MONDAY.plus(Duration.ofDays(28)), new BigDecimal("230.00"),
                (minute, open, high, low, close, v, extended) -> {
                    volume[extended ? 1 : 0] += v;
                    minutes[extended ? 1 : 0]++;
                });

        assertThat((double) volume[1] / minutes[1]).isLessThan(0.2 * volume[0] / minutes[0]);
    }

    @Test
    void aStockOpensWithAGapAfterTheNight() {
        List<Bar> bars = simulator.minuteBars("AAPL", MONDAY, MONDAY.plus(Duration.ofDays(28)),
                new BigDecimal("230.00"));
        int gaps = 0;
        int nights = 0;
        for (int i = 1; i < bars.size(); i++) {
            if (bars.get(i).t().getEpochSecond() - bars.get(i - 1).t().getEpochSecond() > 60) {
                nights++;
                gaps += bars.get(i).o().compareTo(bars.get(i - 1).c()) != 0 ? 1 : 0;
            }
        }
        assertThat(nights).as("19 trading days, Thanksgiving off").isEqualTo(18);
        assertThat(gaps).isGreaterThanOrEqualTo(nights - 1);
    }

    private double[] regularMinuteReturns(String symbol, Instant from, Instant until, BigDecimal start) {
        List<Double> returns = new ArrayList<>();
        long[] previous = {-1};
        simulator.minuteBars(symbol, from, until, start, (minute, open, high, low, close, volume, extended) -> {
            if (!extended && previous[0] > 0) {
                returns.add(Math.log((double) close / previous[0]));
            }
            previous[0] = close;
        });
        return returns.stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double[] logReturns(double[] closes) {
        double[] returns = new double[closes.length - 1];
        for (int i = 1; i < closes.length; i++) {
            returns[i - 1] = Math.log(closes[i] / closes[i - 1]);
        }
        return returns;
    }

    private static double stdev(double[] values) {
        double mean = Arrays.stream(values).average().orElseThrow();
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).sum() / (values.length - 1));
    }

    /** Least-squares slope of {@code y} on {@code x}. */
    private static double beta(double[] y, double[] x) {
        assertThat(y).hasSameSizeAs(x);
        double meanX = Arrays.stream(x).average().orElseThrow();
        double meanY = Arrays.stream(y).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            variance += (x[i] - meanX) * (x[i] - meanX);
        }
        return covariance / variance;
    }
}
