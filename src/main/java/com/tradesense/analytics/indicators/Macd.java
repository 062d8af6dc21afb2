package com.tradesense.analytics.indicators;

import com.tradesense.analytics.Convention;

/**
 * MACD line (fast EMA minus slow EMA), its signal EMA and the histogram. MACD(12,26,9) has a line from bar 26 and a
 * signal from bar 34 (StockCharts). Under {@code Convention.TA_LIB} the fast EMA ignores the bars before
 * {@code slow - fast}, so it is seeded on the same bars that end the slow EMA's seed (TA-Lib's ta_MACD.c). Under
 * {@code Convention.TRADINGVIEW} the EMAs have values from the first bar, and the signal averages the line from
 * there as Pine does; only the published values wait for the warm-up.
 */
public final class Macd {

    private final Ema fast;
    private final Ema slow;
    private final Ema signal;
    private final int fastStart;
    private final int lineStart;
    private final int signalStart;
    private long count;
    private double line = Double.NaN;
    private double signalValue = Double.NaN;

    public Macd(int fastPeriod, int slowPeriod, int signalPeriod, Convention convention) {
        if (fastPeriod >= slowPeriod) {
            throw new IllegalArgumentException("fast period must be shorter than slow period");
        }
        boolean firstValueSeed = convention == Convention.TRADINGVIEW;
        fast = Ema.exponential(fastPeriod, firstValueSeed);
        slow = Ema.exponential(slowPeriod, firstValueSeed);
        signal = Ema.exponential(signalPeriod, firstValueSeed);
        fastStart = convention == Convention.TA_LIB ? slowPeriod - fastPeriod : 0;
        lineStart = slowPeriod - 1;
        signalStart = slowPeriod + signalPeriod - 2;
    }

    /** The MACD line; {@link #signal()} and {@link #histogram()} then describe the same bar. */
    public double preview(double close) {
        double raw = (count >= fastStart ? fast.previewUnmasked(close) : Double.NaN) - slow.previewUnmasked(close);
        publish(raw, Double.isNaN(raw) ? Double.NaN : signal.previewUnmasked(raw), count);
        return line;
    }

    public double update(double close) {
        double raw = (count >= fastStart ? fast.updateUnmasked(close) : Double.NaN) - slow.updateUnmasked(close);
        publish(raw, Double.isNaN(raw) ? Double.NaN : signal.updateUnmasked(raw), count);
        count++;
        return line;
    }

    public double signal() {
        return signalValue;
    }

    public double histogram() {
        return line - signalValue;
    }

    private void publish(double raw, double sig, long index) {
        line = index >= lineStart ? raw : Double.NaN;
        signalValue = index >= signalStart ? sig : Double.NaN;
    }

    /** Batch form: the line, signal, histogram arrays over {@code close}, NaN in the warm-up. */
    public static double[][] series(double[] close, int fastPeriod, int slowPeriod, int signalPeriod,
            Convention convention) {
        Macd macd = new Macd(fastPeriod, slowPeriod, signalPeriod, convention);
        double[][] out = new double[3][close.length];
        double[] line = out[0];
        double[] signalLine = out[1];
        double[] histogram = out[2];
        // Up to the first signal value through the kernel (seeds, conventions, masks); from there all three EMAs
        // have values and each bar is three smoothing steps.
        int warm = (int) Math.min(macd.signalStart + 1L, close.length);
        for (int i = 0; i < warm; i++) {
            line[i] = macd.update(close[i]);
            signalLine[i] = macd.signal();
            histogram[i] = macd.histogram();
        }
        double fast = macd.fast.value();
        double slow = macd.slow.value();
        double sig = macd.signal.value();
        double fastAlpha = macd.fast.alpha();
        double slowAlpha = macd.slow.alpha();
        double signalAlpha = macd.signal.alpha();
        for (int i = warm; i < close.length; i++) {
            fast = Ema.step(fast, fastAlpha, close[i]);
            slow = Ema.step(slow, slowAlpha, close[i]);
            double raw = fast - slow;
            sig = Ema.step(sig, signalAlpha, raw);
            line[i] = raw;
            signalLine[i] = sig;
            histogram[i] = raw - sig;
        }
        return out;
    }
}
