package com.tradesense.analytics.indicators;

import java.util.Arrays;

/**
 * Stochastic oscillator: raw %K = where the close sits in the range of the last n bars (100 at the highest high),
 * %K = its simple average over {@code smoothing} bars (1 for the fast stochastic, 3 for StockCharts' slow and full
 * ones), %D = the simple average of %K over {@code signal} bars. A window without range (highest == lowest) reads 50,
 * the middle, rather than dividing by zero.
 */
public final class Stochastic {

    private final int period;
    private final WindowExtreme highs;
    private final WindowExtreme lows;
    private final Sma smoothing;
    private final Sma signal;
    private long count;
    private double d = Double.NaN;

    public Stochastic(int period, int smoothing, int signal) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        this.period = period;
        highs = new WindowExtreme(period - 1, true);
        lows = new WindowExtreme(period - 1, false);
        this.smoothing = new Sma(smoothing);
        this.signal = new Sma(signal);
    }

    /** %K; {@link #d()} then describes the same bar. */
    public double preview(double high, double low, double close) {
        if (count + 1 < period) {
            d = Double.NaN;
            return Double.NaN;
        }
        double k = smoothing.preview(raw(high, low, close));
        d = Double.isNaN(k) ? Double.NaN : signal.preview(k);
        return k;
    }

    public double update(double high, double low, double close) {
        double k = Double.NaN;
        d = Double.NaN;
        if (count + 1 >= period) {
            k = smoothing.update(raw(high, low, close));
            if (!Double.isNaN(k)) {
                d = signal.update(k);
            }
        }
        highs.keep(high);
        lows.keep(low);
        count++;
        return k;
    }

    public double d() {
        return d;
    }

    private double raw(double high, double low, double close) {
        return position(highs.with(high), lows.with(low), close);
    }

    private static double position(double highest, double lowest, double close) {
        return highest == lowest ? 50 : 100 * (close - lowest) / (highest - lowest);
    }

    /** Batch form: the %K, %D arrays over the bars, NaN in the warm-up. */
    public static double[][] series(double[] high, double[] low, double[] close, int period, int smoothing,
            int signal) {
        new Stochastic(period, smoothing, signal); // the same argument checks
        int n = close.length;
        double[] raw = new double[n];
        windowPositions(high, low, close, period, raw);
        double[][] out = new double[2][n];
        Sma.slide(raw, period - 1, smoothing, out[0]);
        Sma.slide(out[0], period - 1 + smoothing - 1, signal, out[1]);
        return out;
    }

    /**
     * Raw %K into {@code raw} from bar w-1 on, with the window extremes found branch-free (van Herk 1992, Gil and
     * Werman 1993): cut the bars into blocks of w and take running extremes forward and backward within each block; a
     * window spans the end of one block and the start of the next, so its extreme is the previous block's backward
     * extreme at its first bar against the current block's forward extreme at its last. Only the previous block's
     * backward extremes are kept (w values, in L1), so the loop streams over the bars once. A monotonic deque (the
     * incremental form's {@link WindowExtreme}) takes a data-dependent branch per bar that a random walk mispredicts
     * about as often as not, and measured several times slower here. The extremes are taken over the doubles' bits
     * mapped to longs in the same order ({@link #ordered}): a long max is a conditional move, a double
     * {@code Math.max} (minding NaN and -0.0) a chain of blends; the values are exact either way.
     */
    private static void windowPositions(double[] high, double[] low, double[] close, int w, double[] raw) {
        int n = close.length;
        long[] highBackward = new long[w];
        long[] lowBackward = new long[w];
        Arrays.fill(highBackward, Long.MIN_VALUE);
        Arrays.fill(lowBackward, Long.MAX_VALUE);
        for (int start = 0; start < n; start += w) {
            int end = Math.min(start + w, n);
            long highest = Long.MIN_VALUE;
            long lowest = Long.MAX_VALUE;
            for (int i = start; i < end; i++) {
                highest = Math.max(highest, ordered(high[i]));
                lowest = Math.min(lowest, ordered(low[i]));
                // The window's first bar, in the previous block; offset w is this block's first, where it is whole.
                int first = i - start + 1;
                long windowHigh = first == w ? highest : Math.max(highBackward[first], highest);
                long windowLow = first == w ? lowest : Math.min(lowBackward[first], lowest);
                raw[i] = position(value(windowHigh), value(windowLow), close[i]);
            }
            highest = Long.MIN_VALUE;
            lowest = Long.MAX_VALUE;
            for (int i = end - 1; i >= start; i--) {
                highest = Math.max(highest, ordered(high[i]));
                lowest = Math.min(lowest, ordered(low[i]));
                highBackward[i - start] = highest;
                lowBackward[i - start] = lowest;
            }
        }
    }

    /** The double's bits as a long that compares as the double does (negatives' magnitude bits flipped). */
    private static long ordered(double x) {
        long bits = Double.doubleToRawLongBits(x);
        return bits ^ ((bits >> 63) & Long.MAX_VALUE);
    }

    private static double value(long ordered) {
        return Double.longBitsToDouble(ordered ^ ((ordered >> 63) & Long.MAX_VALUE));
    }
}
