package com.tradesense.analytics.indicators;

/**
 * Exponential average in O(1) per bar: the EMA ({@code alpha = 2/(n+1)}) or Wilder's smoothing ({@code alpha = 1/n},
 * TradingView's {@code rma}), seeded with the simple average of the first n values or with the first value. Returns
 * NaN until n values were seen, whatever the seed.
 * <p>
 * Like every kernel here, {@code .preview} gives the value the next bar would produce without keeping it (a forming
 * bar, tick by tick) and {@code .update} keeps it (the bar closed).
 */
public final class Ema {

    private final int period;
    private final double alpha;
    private final boolean firstValueSeed;
    private long count;
    private double seedSum;
    private double value = Double.NaN;

    private Ema(int period, double alpha, boolean firstValueSeed) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        this.period = period;
        this.alpha = alpha;
        this.firstValueSeed = firstValueSeed;
    }

    public static Ema exponential(int period, boolean firstValueSeed) {
        return new Ema(period, 2.0 / (period + 1), firstValueSeed);
    }

    /** Wilder's smoothing, always seeded with a simple average (Wilder 1978, p. 65). */
    public static Ema wilder(int period) {
        return new Ema(period, 1.0 / period, false);
    }

    public double preview(double x) {
        return count + 1 >= period ? next(x) : Double.NaN;
    }

    public double update(double x) {
        double next = updateUnmasked(x);
        return count >= period ? next : Double.NaN;
    }

    /** The next value even before n values were seen (a first-value seed has one from the first bar). */
    double previewUnmasked(double x) {
        return next(x);
    }

    double updateUnmasked(double x) {
        value = next(x);
        seedSum += x;
        count++;
        return value;
    }

    /** Bars seen so far. */
    public long count() {
        return count;
    }

    /** The value seeded so far, NaN before the seed; what a batch loop continues from. */
    double value() {
        return value;
    }

    double alpha() {
        return alpha;
    }

    /** One smoothing step, the single formula of the incremental and batch forms so they agree to the bit. */
    static double step(double value, double alpha, double x) {
        return value + alpha * (x - value);
    }

    private double next(double x) {
        if (!Double.isNaN(value)) {
            return step(value, alpha, x);
        }
        if (firstValueSeed) {
            return x;
        }
        return count + 1 == period ? (seedSum + x) / period : Double.NaN;
    }

    /** Batch form of {@code .exponential}: the series over {@code x}, NaN in the warm-up. */
    public static double[] series(double[] x, int period, boolean firstValueSeed) {
        Ema ema = exponential(period, firstValueSeed);
        double[] out = new double[x.length];
        // The warm-up (seed, NaN mask) through the kernel itself, then nothing but the smoothing step.
        int warm = Math.min(period, x.length);
        for (int i = 0; i < warm; i++) {
            out[i] = ema.update(x[i]);
        }
        double value = ema.value;
        double alpha = ema.alpha;
        for (int i = warm; i < x.length; i++) {
            value = step(value, alpha, x[i]);
            out[i] = value;
        }
        return out;
    }
}
