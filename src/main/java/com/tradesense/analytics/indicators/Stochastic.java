package com.tradesense.analytics.indicators;

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
        double[] highest = windowExtremes(high, period, true);
        double[] lowest = windowExtremes(low, period, false);
        // Reuses highest[] for raw %K; bars before period-1 hold a partial window's value, which no average reads.
        double[] raw = highest;
        for (int i = 0; i < n; i++) {
            raw[i] = position(highest[i], lowest[i], close[i]);
        }
        double[][] out = new double[2][n];
        Sma.slide(raw, period - 1, smoothing, out[0]);
        Sma.slide(out[0], period - 1 + smoothing - 1, signal, out[1]);
        return out;
    }

    /**
     * The extreme of each window of {@code w} values ending at i (from i = w-1 on), branch-free (van Herk 1992,
     * Gil and Werman 1993): cut the series into blocks of w, take running extremes forward and backward within each
     * block; a window spans the end of one block and the start of the next, so its extreme is the backward value at
     * its first index against the forward value at its last. A monotonic deque (the incremental form's
     * {@link WindowExtreme}) does the same work with a data-dependent branch per bar, which on a random walk is
     * mispredicted about as often as not; three max/min a bar beat it several times over.
     */
    private static double[] windowExtremes(double[] x, int w, boolean highest) {
        int n = x.length;
        double[] forward = new double[n];
        double[] backward = new double[n];
        for (int start = 0; start < n; start += w) {
            int end = Math.min(start + w, n);
            forward[start] = x[start];
            for (int i = start + 1; i < end; i++) {
                forward[i] = highest ? Math.max(forward[i - 1], x[i]) : Math.min(forward[i - 1], x[i]);
            }
            backward[end - 1] = x[end - 1];
            for (int i = end - 2; i >= start; i--) {
                backward[i] = highest ? Math.max(backward[i + 1], x[i]) : Math.min(backward[i + 1], x[i]);
            }
        }
        for (int i = n - 1; i >= w - 1; i--) {
            forward[i] = highest ? Math.max(backward[i - w + 1], forward[i]) : Math.min(backward[i - w + 1], forward[i]);
        }
        return forward;
    }
}
