package com.tradesense.analytics.indicators;

/** Simple moving average over a ring buffer: O(1) per bar, NaN until the window is full. */
public final class Sma {

    private final double[] window;
    private int next;
    private long count;
    private double sum;

    public Sma(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        window = new double[period];
    }

    public double preview(double x) {
        return count + 1 >= window.length ? (sum - leaving() + x) / window.length : Double.NaN;
    }

    public double update(double x) {
        double value = preview(x);
        sum += x - leaving();
        window[next] = x;
        next = next + 1 == window.length ? 0 : next + 1;
        count++;
        return value;
    }

    private double leaving() {
        return count >= window.length ? window[next] : 0;
    }

    /** Batch form: the series over {@code x}, NaN in the warm-up. */
    public static double[] series(double[] x, int period) {
        Sma sma = new Sma(period);
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = sma.update(x[i]);
        }
        return out;
    }
}
