package com.tradesense.analytics.indicators;

/**
 * Stochastic oscillator: raw %K = where the close sits in the range of the last n bars (100 at the highest high),
 * %K = its simple average over {@code smoothing} bars (1 for the fast stochastic, 3 for StockCharts' slow and full
 * ones), %D = the simple average of %K over {@code signal} bars. A window without range (highest == lowest) reads 50,
 * the middle, rather than dividing by zero.
 */
public final class Stochastic {

    /** Where a window without range reads. */
    private static final double FLAT = 50;

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
        return highest == lowest ? FLAT : rangePosition(highest, lowest, close);
    }

    private static double rangePosition(double highest, double lowest, double close) {
        return 100 * (close - lowest) / (highest - lowest);
    }

    /** Batch form: the %K, %D arrays over the bars, NaN in the warm-up. */
    public static double[][] series(double[] high, double[] low, double[] close, int period, int smoothing,
            int signal) {
        new Stochastic(period, smoothing, signal); // the same argument checks
        double[] k = new double[close.length];
        double[] d = low.clone();
        double[] raw = new double[close.length];
        // %K's array holds the window highs and %D's the window lows until raw %K is computed from them.
        windowPositions(high, close, period, k, d, raw);
        Sma.slideTwice(raw, period - 1, smoothing, k, signal, d);
        return new double[][] {k, d};
    }

    /**
     * Raw %K into {@code raw} from bar w-1 on, with {@code highest} (as long as the bars) for the window highs and
     * {@code lowest} (holding a copy of the lows) for the window lows. The
     * window extremes come from passes that double the window (1, 2, 4, ... bars, the last pass overlapping up to w,
     * a max being idempotent), each a branch-free {@code Math.max} and {@code Math.min} of two elements per bar:
     * log2(w) simple passes rather than one pass of a monotonic deque (the incremental form's {@link WindowExtreme}),
     * which branches on every bar of a random walk and mispredicts about as often as not, or of the van Herk/Gil-Werman
     * blocks this replaced, which need more work per bar and measured slower for w = 14. The positions are then an
     * element-wise pass, which vectorises (the division included) because it has no select, and a pass that puts the
     * flat windows' 50 in.
     */
    private static void windowPositions(double[] high, double[] close, int w, double[] highest, double[] lowest,
            double[] raw) {
        int n = close.length;
        // highest[i] is the high of the span bars ending at i (of bars 0..i while i < span). One array per line,
        // copied once and then updated in place: with the first pass reading the bars as a second array reference,
        // every pass ran about half as fast.
        System.arraycopy(high, 0, highest, 0, n);
        for (int span = 1; span < w; ) {
            int step = Math.min(span, w - span);
            // Downwards, so that [i - step] still holds the shorter span.
            for (int i = n - 1; i >= step; i--) {
                highest[i] = Math.max(highest[i], highest[i - step]);
                lowest[i] = Math.min(lowest[i], lowest[i - step]);
            }
            span += step;
        }
        for (int i = w - 1; i < n; i++) {
            raw[i] = rangePosition(highest[i], lowest[i], close[i]);
        }
        for (int i = w - 1; i < n; i++) {
            if (highest[i] == lowest[i]) {
                raw[i] = FLAT;
            }
        }
    }
}
