package com.tradesense.analytics.indicators;

/**
 * Linearly weighted moving average (newest weight n, oldest 1) in O(1) per bar: dropping the oldest value lowers
 * every weight by one, which is subtracting the plain sum from the weighted sum.
 */
public final class Wma {

    private final double[] window;
    private final double divisor;
    private int next;
    private long count;
    private double sum;
    private double weighted;

    public Wma(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        window = new double[period];
        divisor = period * (period + 1) / 2.0;
    }

    public double preview(double x) {
        return count + 1 >= window.length ? nextWeighted(x) / divisor : Double.NaN;
    }

    public double update(double x) {
        double value = preview(x);
        weighted = nextWeighted(x);
        sum += x - (count >= window.length ? window[next] : 0);
        window[next] = x;
        next = next + 1 == window.length ? 0 : next + 1;
        count++;
        return value;
    }

    private double nextWeighted(double x) {
        return count >= window.length ? weighted - sum + window.length * x : weighted + (count + 1) * x;
    }

    /** Batch form: the series over {@code x}, NaN in the warm-up. */
    public static double[] series(double[] x, int period) {
        Wma wma = new Wma(period);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = wma.update(x[i]);
        }
        return out;
    }
}
