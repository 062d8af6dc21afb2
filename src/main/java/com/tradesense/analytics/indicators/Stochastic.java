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

    /** Bars per block of the batch form's window passes: the block's five lines (about 80 KB) stay in L1 and L2. */
    private static final int BLOCK = 2_048;

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
        double[] raw = new double[close.length];
        windowPositions(high, low, close, period, raw);
        double[] k = new double[close.length];
        double[] d = new double[close.length];
        Sma.slideTwice(raw, period - 1, smoothing, k, signal, d);
        return new double[][] {k, d};
    }

    /**
     * Raw %K into {@code raw} from bar w-1 on. The window extremes come from passes that double the window (1, 2, 4,
     * ... bars, the last pass overlapping up to w, a max being idempotent): log2(w) branch-free passes of a
     * {@code Math.max} (and {@code Math.min}) of two elements per bar, rather than a monotonic deque (the incremental
     * form's {@link WindowExtreme}), which branches on every bar of a random walk and mispredicts about as often as
     * not. JDK 17's C2 vectorises a loop only when all its arrays are read at the same index, so each pass first
     * copies the line shifted by its step ({@code System.arraycopy}, itself vectorised) and then takes the max of two
     * lines at the same index: two vectorised loops instead of one scalar one, a third less time for the whole kernel.
     * The bars go through in blocks copied into lines indexed from 0, so the passes run in the core's cache. The
     * positions are an element-wise pass without a select (so it vectorises, the division included), then a pass puts
     * the flat windows' 50 in.
     */
    private static void windowPositions(double[] high, double[] low, double[] close, int w, double[] raw) {
        int n = close.length;
        int lead = w - 1;
        double[] highest = new double[lead + BLOCK];
        double[] lowest = new double[lead + BLOCK];
        double[] shifted = new double[lead + BLOCK];
        double[] closes = new double[lead + BLOCK];
        double[] positions = new double[lead + BLOCK];
        for (int first = lead; first < n; first += BLOCK) {
            // Line index j is bar first - lead + j: the block's bars from j = lead on, after the bars their windows
            // reach back to. highest[j] is the high of the span bars ending at j (of the line's bars 0..j while j <
            // span, only ever the case in the lead).
            int from = first - lead;
            int length = Math.min(first + BLOCK, n) - from;
            System.arraycopy(high, from, highest, 0, length);
            System.arraycopy(low, from, lowest, 0, length);
            System.arraycopy(close, from, closes, 0, length);
            for (int span = 1; span < w; ) {
                int step = Math.min(span, w - span);
                System.arraycopy(highest, 0, shifted, step, length - step);
                for (int j = step; j < length; j++) {
                    highest[j] = Math.max(highest[j], shifted[j]);
                }
                System.arraycopy(lowest, 0, shifted, step, length - step);
                for (int j = step; j < length; j++) {
                    lowest[j] = Math.min(lowest[j], shifted[j]);
                }
                span += step;
            }
            for (int j = lead; j < length; j++) {
                positions[j] = rangePosition(highest[j], lowest[j], closes[j]);
            }
            for (int j = lead; j < length; j++) {
                if (highest[j] == lowest[j]) {
                    positions[j] = FLAT;
                }
            }
            System.arraycopy(positions, lead, raw, first, length - lead);
        }
    }
}
