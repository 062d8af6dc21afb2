package com.tradesense.analytics.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;

import com.tradesense.analytics.Convention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract for every kernel and every convention it has, on a random walk with gaps, flat stretches and session
 * breaks: the batch form (a dedicated array loop) equals the naive reference ({@link ReferenceIndicators}) to 1e-9;
 * and bar by bar, the incremental form's {@code update} equals the batch value of the closed bar and its
 * {@code preview} of a forming bar the batch form computed with that bar as the last one, both to the bit (the two
 * forms share their arithmetic, so a chart and its live tick never disagree), and both match the naive reference.
 * The prefixes also run every batch loop on every length from one bar, through the warm-up, to past it.
 */
class KernelContractTests {

    static final int BARS = 400;
    static final Bars CLOSED = Bars.randomWalk(42, BARS);
    /** Same walk, each bar caught mid-way: what a tick shows before the bar closes. */
    static final Bars FORMING = Bars.randomWalk(7, BARS);
    /** Long enough for batch loops that work in blocks of bars (ADX's) to cross several of them. */
    static final Bars LONG = Bars.randomWalk(3, 5000);

    record Bars(double[] h, double[] l, double[] c, double[] v, int[] session) {

        static Bars randomWalk(long seed, int n) {
            SplittableRandom random = new SplittableRandom(seed);
            double[] h = new double[n];
            double[] l = new double[n];
            double[] c = new double[n];
            double[] v = new double[n];
            int[] session = new int[n];
            double price = 100;
            for (int i = 0; i < n; i++) {
                boolean flat = i % 97 > 90;
                price = flat ? price : Math.max(1, price + random.nextGaussian() * 1.5);
                double spread = flat ? 0 : random.nextDouble() * 2;
                c[i] = price;
                h[i] = price + spread * random.nextDouble();
                l[i] = price - spread * random.nextDouble();
                v[i] = i % 50 == 0 ? 0 : random.nextInt(1000, 100_000);
                session[i] = i / 60;
            }
            return new Bars(h, l, c, v, session);
        }

        /** Bars 0..i-1 of this series followed by bar i of {@code last}. */
        Bars prefixEndingWith(int i, Bars last) {
            Bars p = new Bars(Arrays.copyOf(h, i + 1), Arrays.copyOf(l, i + 1), Arrays.copyOf(c, i + 1),
                    Arrays.copyOf(v, i + 1), Arrays.copyOf(session, i + 1));
            p.h[i] = Math.max(last.h[i], last.c[i]);
            p.l[i] = Math.min(last.l[i], last.c[i]);
            p.c[i] = last.c[i];
            p.v[i] = last.v[i];
            return p;
        }
    }

    /** A kernel fed bar {@code i} of some bars; returns all of its lines for that bar. */
    interface Incremental {
        double[] preview(Bars bars, int i);

        double[] update(Bars bars, int i);
    }

    record Case(String name, Function<Bars, double[][]> batch, Function<Bars, double[][]> reference,
            Supplier<Incremental> incremental) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> kernels() {
        return Stream.of(
                new Case("sma(20)", b -> new double[][] {Sma.series(b.c, 20)},
                        b -> new double[][] {ReferenceIndicators.sma(b.c, 20)}, () -> {
                            Sma k = new Sma(20);
                            return of((b, i) -> new double[] {k.preview(b.c[i])},
                                    (b, i) -> new double[] {k.update(b.c[i])});
                        }),
                new Case("wma(15)", b -> new double[][] {Wma.series(b.c, 15)},
                        b -> new double[][] {ReferenceIndicators.wma(b.c, 15)}, () -> {
                            Wma k = new Wma(15);
                            return of((b, i) -> new double[] {k.preview(b.c[i])},
                                    (b, i) -> new double[] {k.update(b.c[i])});
                        }),
                ema(Convention.STOCKCHARTS), ema(Convention.TRADINGVIEW), ema(Convention.TA_LIB),
                new Case("rsi(14)", b -> new double[][] {Rsi.series(b.c, 14)},
                        b -> new double[][] {ReferenceIndicators.rsi(b.c, 14)}, () -> {
                            Rsi k = new Rsi(14);
                            return of((b, i) -> new double[] {k.preview(b.c[i])},
                                    (b, i) -> new double[] {k.update(b.c[i])});
                        }),
                atr(Convention.STOCKCHARTS), atr(Convention.TRADINGVIEW), atr(Convention.TA_LIB),
                macd(Convention.STOCKCHARTS), macd(Convention.TRADINGVIEW), macd(Convention.TA_LIB),
                new Case("bb(20,2)", b -> Bollinger.series(b.c, 20, 2),
                        b -> ReferenceIndicators.bollinger(b.c, 20, 2), () -> {
                            Bollinger k = new Bollinger(20, 2);
                            return of((b, i) -> new double[] {k.preview(b.c[i]), k.upper(), k.lower()},
                                    (b, i) -> new double[] {k.update(b.c[i]), k.upper(), k.lower()});
                        }),
                stochastic(14, 1, 3), stochastic(14, 3, 3), stochastic(16, 3, 3), stochastic(1, 1, 1),
                new Case("adx(14)", b -> Adx.series(b.h, b.l, b.c, 14),
                        b -> ReferenceIndicators.adx(b.h, b.l, b.c, 14), () -> {
                            Adx k = new Adx(14);
                            return of((b, i) -> new double[] {k.preview(b.h[i], b.l[i], b.c[i]), k.plusDi(),
                                    k.minusDi()},
                                    (b, i) -> new double[] {k.update(b.h[i], b.l[i], b.c[i]), k.plusDi(),
                                            k.minusDi()});
                        }),
                obv(Convention.STOCKCHARTS), obv(Convention.TRADINGVIEW), obv(Convention.TA_LIB),
                new Case("vwap", b -> Vwap.series(b.h, b.l, b.c, b.v, b.session),
                        b -> ReferenceIndicators.vwap(b.h, b.l, b.c, b.v, b.session), () -> {
                            Vwap k = new Vwap();
                            return new Incremental() {
                                @Override
                                public double[] preview(Bars b, int i) {
                                    if (i > 0 && b.session[i] != b.session[i - 1]) {
                                        k.reset();
                                    }
                                    return new double[] {k.preview(b.h[i], b.l[i], b.c[i], b.v[i]), k.deviation()};
                                }

                                @Override
                                public double[] update(Bars b, int i) {
                                    return new double[] {k.update(b.h[i], b.l[i], b.c[i], b.v[i]), k.deviation()};
                                }
                            };
                        }));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void batchFormEqualsTheNaiveReference(Case kernel) {
        assertSeriesEqual(kernel.batch.apply(CLOSED), kernel.reference.apply(CLOSED), BARS - 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void incrementalPreviewAndUpdateEqualTheBatchFormBarByBar(Case kernel) {
        double[][] batch = kernel.batch.apply(CLOSED);
        double[][] reference = kernel.reference.apply(CLOSED);
        Incremental incremental = kernel.incremental.get();
        for (int i = 0; i < BARS; i++) {
            Bars forming = CLOSED.prefixEndingWith(i, FORMING);
            double[][] batchOfForming = kernel.batch.apply(forming);
            double[][] referenceOfForming = kernel.reference.apply(forming);
            double[] preview = incremental.preview(forming, i);
            for (int line = 0; line < preview.length; line++) {
                String what = kernel + " preview line " + line + " bar " + i;
                assertExact(preview[line], batchOfForming[line][i], what);
                assertClose(preview[line], referenceOfForming[line][i], what);
            }
            double[] updated = incremental.update(CLOSED, i);
            for (int line = 0; line < updated.length; line++) {
                String what = kernel + " update line " + line + " bar " + i;
                assertExact(updated[line], batch[line][i], what);
                assertClose(updated[line], reference[line][i], what);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("kernels")
    void batchFormOverThousandsOfBarsEqualsTheIncrementalFormAndTheReference(Case kernel) {
        double[][] batch = kernel.batch.apply(LONG);
        Incremental incremental = kernel.incremental.get();
        for (int i = 0; i < LONG.c.length; i++) {
            incremental.preview(LONG, i);
            double[] updated = incremental.update(LONG, i);
            for (int line = 0; line < updated.length; line++) {
                assertExact(updated[line], batch[line][i], kernel + " update line " + line + " bar " + i);
            }
        }
        assertSeriesEqual(batch, kernel.reference.apply(LONG), LONG.c.length - 1);
    }

    /** The EMA's conventions are its seed: the first value under TradingView, the SMA of n values otherwise. */
    private static Case ema(Convention convention) {
        boolean firstValueSeed = convention == Convention.TRADINGVIEW;
        return new Case("ema(20) " + convention,
                b -> new double[][] {Ema.series(b.c, 20, firstValueSeed)},
                b -> new double[][] {ReferenceIndicators.ema(b.c, 20, firstValueSeed, 0)}, () -> {
                    Ema k = Ema.exponential(20, firstValueSeed);
                    return of((b, i) -> new double[] {k.preview(b.c[i])}, (b, i) -> new double[] {k.update(b.c[i])});
                });
    }

    private static Case atr(Convention convention) {
        return new Case("atr(14) " + convention, b -> new double[][] {Atr.series(b.h, b.l, b.c, 14, convention)},
                b -> new double[][] {ReferenceIndicators.atr(b.h, b.l, b.c, 14, convention == Convention.TA_LIB)},
                () -> {
                    Atr k = new Atr(14, convention);
                    return of((b, i) -> new double[] {k.preview(b.h[i], b.l[i], b.c[i])},
                            (b, i) -> new double[] {k.update(b.h[i], b.l[i], b.c[i])});
                });
    }

    private static Case macd(Convention convention) {
        return new Case("macd(12,26,9) " + convention, b -> Macd.series(b.c, 12, 26, 9, convention), b -> {
            double[] line;
            double[] signal;
            if (convention == Convention.TRADINGVIEW) {
                // Pine: both EMAs and the signal run from the first bar; only the published values wait.
                double[] raw = minus(ReferenceIndicators.firstValueEma(b.c, 12),
                        ReferenceIndicators.firstValueEma(b.c, 26));
                line = masked(raw, 25);
                signal = masked(ReferenceIndicators.firstValueEma(raw, 9), 33);
            } else {
                line = minus(ReferenceIndicators.ema(b.c, 12, false, convention == Convention.TA_LIB ? 14 : 0),
                        ReferenceIndicators.ema(b.c, 26, false, 0));
                signal = ReferenceIndicators.ema(line, 9, false, 25);
            }
            return new double[][] {line, signal, minus(line, signal)};
        }, () -> {
            Macd k = new Macd(12, 26, 9, convention);
            return of((b, i) -> new double[] {k.preview(b.c[i]), k.signal(), k.histogram()},
                    (b, i) -> new double[] {k.update(b.c[i]), k.signal(), k.histogram()});
        });
    }

    private static Case stochastic(int period, int smoothing, int signal) {
        return new Case("stoch(" + period + "," + smoothing + "," + signal + ")",
                b -> Stochastic.series(b.h, b.l, b.c, period, smoothing, signal),
                b -> ReferenceIndicators.stochastic(b.h, b.l, b.c, period, smoothing, signal), () -> {
                    Stochastic k = new Stochastic(period, smoothing, signal);
                    return of((b, i) -> new double[] {k.preview(b.h[i], b.l[i], b.c[i]), k.d()},
                            (b, i) -> new double[] {k.update(b.h[i], b.l[i], b.c[i]), k.d()});
                });
    }

    private static Case obv(Convention convention) {
        return new Case("obv " + convention, b -> new double[][] {Obv.series(b.c, b.v, convention)},
                b -> new double[][] {ReferenceIndicators.obv(b.c, b.v, convention == Convention.TA_LIB)}, () -> {
                    Obv k = new Obv(convention);
                    return of((b, i) -> new double[] {k.preview(b.c[i], b.v[i])},
                            (b, i) -> new double[] {k.update(b.c[i], b.v[i])});
                });
    }

    private static double[] minus(double[] a, double[] b) {
        double[] out = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i] - b[i];
        }
        return out;
    }

    private static double[] masked(double[] x, int first) {
        double[] out = x.clone();
        Arrays.fill(out, 0, Math.min(first, out.length), Double.NaN);
        return out;
    }

    interface Step {
        double[] apply(Bars bars, int i);
    }

    private static Incremental of(Step preview, Step update) {
        return new Incremental() {
            @Override
            public double[] preview(Bars bars, int i) {
                return preview.apply(bars, i);
            }

            @Override
            public double[] update(Bars bars, int i) {
                return update.apply(bars, i);
            }
        };
    }

    private static void assertSeriesEqual(double[][] actual, double[][] expected, int bars) {
        assertThat(actual.length).isEqualTo(expected.length);
        for (int line = 0; line < actual.length; line++) {
            for (int i = 0; i <= bars; i++) {
                assertClose(actual[line][i], expected[line][i], "line " + line + " bar " + i);
            }
        }
    }

    private static void assertExact(double actual, double expected, String what) {
        assertThat(Double.doubleToLongBits(actual)).as(what + ": " + actual + " vs " + expected)
                .isEqualTo(Double.doubleToLongBits(expected));
    }

    private static void assertClose(double actual, double expected, String what) {
        if (Double.isNaN(expected)) {
            assertThat(actual).as(what).isNaN();
        } else {
            assertThat(Math.abs(actual - expected)).as(what + ": " + actual + " vs " + expected)
                    .isLessThanOrEqualTo(1e-9 * Math.max(1, Math.abs(expected)));
        }
    }
}
