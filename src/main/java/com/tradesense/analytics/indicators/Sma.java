package com.tradesense.analytics.indicators;

import java.util.Arrays;

/** Simple moving average over a ring buffer: O(1) per bar, NaN until the window is full. */
public final class Sma {

    private final double[] window;
    private final double inverse;
    private int next;
    private long count;
    private double sum;

    public Sma(int period) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        window = new double[period];
        inverse = 1.0 / period;
    }

    public double preview(double x) {
        return count + 1 >= window.length ? mean(sum, leaving(), x, inverse) : Double.NaN;
    }

    /**
     * The window's mean when {@code x} enters and {@code leaving} (0 in the warm-up) leaves; shared with the batch. A
     * multiplication by the period's reciprocal rather than a division: within an ulp of the quotient, and a division
     * per bar was what bounded the batch loops (its throughput, not the running sum's add chain).
     */
    private static double mean(double sum, double leaving, double x, double inverse) {
        return (sum - leaving + x) * inverse;
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
        double inverse = 1.0 / period;
        out[first] = mean(sum, 0, x[first], inverse);
        sum += x[first];
        for (int i = first + 1; i < x.length; i++) {
            double leaving = x[i - period];
            out[i] = mean(sum, leaving, x[i], inverse);
            sum += x[i] - leaving;
        }
    }

    /**
     * Two batch loops in one: {@code first} = SMA of {@code x} over {@code p1} from index {@code from}, {@code second}
     * = SMA of {@code first} over {@code p2} from where {@code first} starts, NaN before each one's first full window.
     * The same additions in the same order as two {@link #slide} calls, so the same bits; in one loop the two running
     * sums' add chains overlap instead of the second waiting for a pass of the first. Neither output may be {@code x}.
     */
    static void slideTwice(double[] x, int from, int p1, double[] first, int p2, double[] second) {
        int n = x.length;
        int firstStart = Math.min(from + p1 - 1, n);
        int secondStart = Math.min(firstStart + p2 - 1, n);
        double inverse1 = 1.0 / p1;
        double inverse2 = 1.0 / p2;
        Arrays.fill(first, 0, firstStart, Double.NaN);
        Arrays.fill(second, 0, secondStart, Double.NaN);
        double sum1 = 0;
        for (int i = from; i < firstStart; i++) {
            sum1 += x[i];
        }
        double sum2 = 0;
        // The first average alone while the second's window fills; on its first bar nothing leaves the window yet.
        for (int i = firstStart; i < secondStart; i++) {
            double leaving = i == firstStart ? 0 : x[i - p1];
            first[i] = mean(sum1, leaving, x[i], inverse1);
            sum1 += x[i] - leaving;
            sum2 += first[i];
        }
        if (secondStart == n) {
            return;
        }
        double leaving1 = secondStart == firstStart ? 0 : x[secondStart - p1];
        double k = mean(sum1, leaving1, x[secondStart], inverse1);
        first[secondStart] = k;
        sum1 += x[secondStart] - leaving1;
        second[secondStart] = mean(sum2, 0, k, inverse2);
        sum2 += k;
        for (int i = secondStart + 1; i < n; i++) {
            double leavingX = x[i - p1];
            double average = mean(sum1, leavingX, x[i], inverse1);
            sum1 += x[i] - leavingX;
            first[i] = average;
            double leavingFirst = first[i - p2];
            second[i] = mean(sum2, leavingFirst, average, inverse2);
            sum2 += average - leavingFirst;
        }
    }
}
