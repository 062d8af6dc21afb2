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
        // Window extremes by monotonic deques of bar indices (ring of a power-of-two size >= period, so a mask
        // replaces the modulo); indices of bars that can still become the extreme, their values falling (highs).
        int mask = (Integer.highestOneBit(period) << 1) - 1;
        int[] highs = new int[mask + 1];
        int[] lows = new int[mask + 1];
        int highHead = 0;
        int highTail = 0;
        int lowHead = 0;
        int lowTail = 0;
        double[] raw = new double[n];
        for (int i = 0; i < n; i++) {
            double h = high[i];
            while (highTail > highHead && high[highs[(highTail - 1) & mask]] <= h) {
                highTail--;
            }
            highs[highTail++ & mask] = i;
            if (highs[highHead & mask] <= i - period) {
                highHead++;
            }
            double l = low[i];
            while (lowTail > lowHead && low[lows[(lowTail - 1) & mask]] >= l) {
                lowTail--;
            }
            lows[lowTail++ & mask] = i;
            if (lows[lowHead & mask] <= i - period) {
                lowHead++;
            }
            // Before bar period-1 this is a partial window's value, which the averages below never read.
            raw[i] = position(high[highs[highHead & mask]], low[lows[lowHead & mask]], close[i]);
        }
        double[][] out = new double[2][n];
        Sma.slide(raw, period - 1, smoothing, out[0]);
        Sma.slide(out[0], period - 1 + smoothing - 1, signal, out[1]);
        return out;
    }
}
