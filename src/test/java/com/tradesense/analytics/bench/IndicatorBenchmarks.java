package com.tradesense.analytics.bench;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import com.tradesense.analytics.Convention;
import com.tradesense.analytics.indicators.Adx;
import com.tradesense.analytics.indicators.Atr;
import com.tradesense.analytics.indicators.Bollinger;
import com.tradesense.analytics.indicators.Ema;
import com.tradesense.analytics.indicators.Macd;
import com.tradesense.analytics.indicators.Obv;
import com.tradesense.analytics.indicators.Rsi;
import com.tradesense.analytics.indicators.Sma;
import com.tradesense.analytics.indicators.Stochastic;
import com.tradesense.analytics.indicators.Vwap;
import com.tradesense.analytics.indicators.Wma;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.indicators.ATRIndicator;
import org.ta4j.core.indicators.EMAIndicator;
import org.ta4j.core.indicators.MACDIndicator;
import org.ta4j.core.indicators.RSIIndicator;
import org.ta4j.core.indicators.SMAIndicator;
import org.ta4j.core.indicators.StochasticOscillatorKIndicator;
import org.ta4j.core.indicators.adx.ADXIndicator;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.volume.OnBalanceVolumeIndicator;
import org.ta4j.core.num.DoubleNum;

/**
 * Indicator kernels over 100,000 bars of a random walk: batch throughput in bar-updates per second (one operation =
 * one bar), the whole incremental set of one symbol per tick, and ta4j 0.17 (DoubleNum, fresh indicator per run so
 * its cache is cold, as a new chart's would be) on the same bars for the ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// A fixed, pre-touched heap: first touches of heap pages are slow on this VM and made iterations swing up to 30x.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class IndicatorBenchmarks {

    static final int BARS = 100_000;

    double[] high;
    double[] low;
    double[] close;
    double[] volume;
    int[] session;
    BarSeries series;

    @Setup(Level.Trial)
    public void bars() {
        SplittableRandom random = new SplittableRandom(1);
        high = new double[BARS];
        low = new double[BARS];
        close = new double[BARS];
        volume = new double[BARS];
        session = new int[BARS];
        series = new BaseBarSeriesBuilder().withNumTypeOf(DoubleNum.class).withName("bench").build();
        ZonedDateTime t = ZonedDateTime.of(2020, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC);
        double price = 100;
        for (int i = 0; i < BARS; i++) {
            price = Math.max(1, price + random.nextGaussian());
            close[i] = price;
            high[i] = price + random.nextDouble();
            low[i] = price - random.nextDouble();
            volume[i] = random.nextInt(1000, 100_000);
            session[i] = i / 390;
            t = t.plusMinutes(1);
            series.addBar(Duration.ofMinutes(1), t, price, high[i], low[i], price, volume[i]);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] sma() {
        return Sma.series(close, 20);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] ema() {
        return Ema.series(close, 20, false);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] wma() {
        return Wma.series(close, 20);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] rsi() {
        return Rsi.series(close, 14);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[][] macd() {
        return Macd.series(close, 12, 26, 9, Convention.STOCKCHARTS);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[][] bollinger() {
        return Bollinger.series(close, 20, 2);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] atr() {
        return Atr.series(high, low, close, 14, Convention.STOCKCHARTS);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[][] stochastic() {
        return Stochastic.series(high, low, close, 14, 3, 3);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[][] adx() {
        return Adx.series(high, low, close, 14);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[] obv() {
        return Obv.series(close, volume, Convention.STOCKCHARTS);
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public double[][] vwap() {
        return Vwap.series(high, low, close, volume, session);
    }

    /** Every kernel of one symbol, warmed on the bars, then one forming-bar tick through all of them. */
    @State(Scope.Thread)
    public static class LiveSet {
        final Sma sma = new Sma(20);
        final Ema ema = Ema.exponential(20, false);
        final Wma wma = new Wma(20);
        final Rsi rsi = new Rsi(14);
        final Macd macd = new Macd(12, 26, 9, Convention.STOCKCHARTS);
        final Bollinger bands = new Bollinger(20, 2);
        final Atr atr = new Atr(14, Convention.STOCKCHARTS);
        final Stochastic stochastic = new Stochastic(14, 3, 3);
        final Adx adx = new Adx(14);
        final Obv obv = new Obv(Convention.STOCKCHARTS);
        final Vwap vwap = new Vwap();
        int tick;

        @Setup(Level.Trial)
        public void warm(IndicatorBenchmarks bars) {
            for (int i = 0; i < 1000; i++) {
                double h = bars.high[i];
                double l = bars.low[i];
                double c = bars.close[i];
                sma.update(c);
                ema.update(c);
                wma.update(c);
                rsi.update(c);
                macd.update(c);
                bands.update(c);
                atr.update(h, l, c);
                stochastic.update(h, l, c);
                adx.update(h, l, c);
                obv.update(c, bars.volume[i]);
                vwap.update(h, l, c, bars.volume[i]);
            }
        }
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.NANOSECONDS)
    public void incrementalSetPerTick(LiveSet set, Blackhole sink) {
        int i = 1000 + (set.tick++ & 0xFFFF);
        double h = high[i];
        double l = low[i];
        double c = close[i];
        sink.consume(set.sma.preview(c));
        sink.consume(set.ema.preview(c));
        sink.consume(set.wma.preview(c));
        sink.consume(set.rsi.preview(c));
        sink.consume(set.macd.preview(c) + set.macd.signal());
        sink.consume(set.bands.preview(c) + set.bands.upper());
        sink.consume(set.atr.preview(h, l, c));
        sink.consume(set.stochastic.preview(h, l, c) + set.stochastic.d());
        sink.consume(set.adx.preview(h, l, c) + set.adx.plusDi());
        sink.consume(set.obv.preview(c, volume[i]));
        sink.consume(set.vwap.preview(h, l, c, volume[i]) + set.vwap.deviation());
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jSma(Blackhole sink) {
        SMAIndicator sma = new SMAIndicator(new ClosePriceIndicator(series), 20);
        for (int i = 0; i < BARS; i++) {
            sink.consume(sma.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jEma(Blackhole sink) {
        EMAIndicator ema = new EMAIndicator(new ClosePriceIndicator(series), 20);
        for (int i = 0; i < BARS; i++) {
            sink.consume(ema.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jRsi(Blackhole sink) {
        RSIIndicator rsi = new RSIIndicator(new ClosePriceIndicator(series), 14);
        for (int i = 0; i < BARS; i++) {
            sink.consume(rsi.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jMacd(Blackhole sink) {
        MACDIndicator macd = new MACDIndicator(new ClosePriceIndicator(series), 12, 26);
        EMAIndicator signal = new EMAIndicator(macd, 9);
        for (int i = 0; i < BARS; i++) {
            sink.consume(signal.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jAtr(Blackhole sink) {
        ATRIndicator atr = new ATRIndicator(series, 14);
        for (int i = 0; i < BARS; i++) {
            sink.consume(atr.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jStochasticK(Blackhole sink) {
        StochasticOscillatorKIndicator k = new StochasticOscillatorKIndicator(series, 14);
        for (int i = 0; i < BARS; i++) {
            sink.consume(k.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jAdx(Blackhole sink) {
        ADXIndicator adx = new ADXIndicator(series, 14);
        for (int i = 0; i < BARS; i++) {
            sink.consume(adx.getValue(i));
        }
    }

    @Benchmark
    @OperationsPerInvocation(BARS)
    public void ta4jObv(Blackhole sink) {
        OnBalanceVolumeIndicator obv = new OnBalanceVolumeIndicator(series);
        for (int i = 0; i < BARS; i++) {
            sink.consume(obv.getValue(i));
        }
    }
}
