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
        return count >= window.length ? slid(weighted, sum, window.length, x) : weighted + (count + 1) * x;
    }

    /** The running-sum identity: every weight drops by one (minus the plain sum), the newest enters at weight n. */
    private static double slid(double weighted, double sum, int period, double x) {
        return weighted - sum + period * x;
    }

    /** Batch form: the series over {@code x}, NaN in the warm-up. */
    public static double[] series(double[] x, int period) {
        Wma wma = new Wma(period);
        double[] out = new double[x.length];
        // The warm-up through the kernel, then the identity over the arrays, in the kernel's order of operations.
        int warm = Math.min(period, x.length);
        for (int i = 0; i < warm; i++) {
            out[i] = wma.update(x[i]);
        }
        double weighted = wma.weighted;
        double sum = wma.sum;
        double divisor = wma.divisor;
        for (int i = warm; i < x.length; i++) {
            weighted = slid(weighted, sum, period, x[i]);
            out[i] = weighted / divisor;
            sum += x[i] - x[i - period];
        }
        return out;
    }
}
