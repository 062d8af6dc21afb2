package com.tradesense.analytics.indicators;

import java.util.Arrays;

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
        return count + 1 >= window.length ? mean(sum, leaving(), x, window.length) : Double.NaN;
    }

    /** The window's mean when {@code x} enters and {@code leaving} (0 in the warm-up) leaves; shared with the batch. */
    private static double mean(double sum, double leaving, double x, int period) {
        return (sum - leaving + x) / period;
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
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        double[] out = new double[x.length];
        slide(x, 0, period, out);
        return out;
    }

    /**
     * The batch loop: {@code out[i]} = SMA of {@code x} from index {@code from}, NaN before the first full window. The
     * same additions in the same order as {@link #update}, so batch and incremental agree to the bit; the leaving value
     * is read from {@code x} instead of a ring. {@code out} may not be {@code x}.
     */
    static void slide(double[] x, int from, int period, double[] out) {
        int first = Math.min(from + period - 1, x.length);
        Arrays.fill(out, 0, first, Double.NaN);
        double sum = 0;
        for (int i = from; i < first; i++) {
            sum += x[i];
        }
        if (first == x.length) {
            return;
        }
        out[first] = mean(sum, 0, x[first], period);
        sum += x[first];
        for (int i = first + 1; i < x.length; i++) {
            double leaving = x[i - period];
            out[i] = mean(sum, leaving, x[i], period);
            sum += x[i] - leaving;
        }
    }
}
