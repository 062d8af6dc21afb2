package com.tradesense.analytics.indicators;

/**
 * Bollinger Bands: the simple average of n closes plus and minus k population standard deviations (StockCharts and
 * TradingView both use the population form). The window's mean and sum of squared deviations are updated in place
 * (Welford's method, with the leaving value removed), which stays accurate at any price level where a running sum of
 * squares would not.
 */
public final class Bollinger {

    private final double[] window;
    private final double width;
    private int next;
    private long count;
    private double mean;
    private double squares;
    private double middle = Double.NaN;
    private double deviation = Double.NaN;

    public Bollinger(int period, double width) {
        if (period < 1) {
            throw new IllegalArgumentException("period must be at least 1");
        }
        window = new double[period];
        this.width = width;
    }

    /** The middle band; {@link #upper()} and {@link #lower()} then describe the same bar. */
    public double preview(double close) {
        step(close, false);
        return middle;
    }

    public double update(double close) {
        step(close, true);
        window[next] = close;
        next = next + 1 == window.length ? 0 : next + 1;
        count++;
        return middle;
    }

    public double upper() {
        return middle + width * deviation;
    }

    public double lower() {
        return middle - width * deviation;
    }

    private void step(double x, boolean keep) {
        double newMean;
        double newSquares;
        if (count < window.length) {
            newMean = mean + (x - mean) / (count + 1);
            newSquares = squares + (x - mean) * (x - newMean);
        } else {
            double leaving = window[next];
            newMean = mean + (x - leaving) / window.length;
            newSquares = squares + (x - leaving) * (x - newMean + leaving - mean);
        }
        boolean ready = count + 1 >= window.length;
        middle = ready ? newMean : Double.NaN;
        deviation = ready ? Math.sqrt(Math.max(newSquares, 0) / window.length) : Double.NaN;
        if (keep) {
            mean = newMean;
            squares = newSquares;
        }
    }

    /** Batch form: the middle, upper, lower arrays over {@code close}, NaN in the warm-up. */
    public static double[][] series(double[] close, int period, double width) {
        Bollinger bands = new Bollinger(period, width);
        double[][] out = new double[3][close.length];
        for (int i = 0; i < close.length; i++) {
            out[0][i] = bands.update(close[i]);
            out[1][i] = bands.upper();
            out[2][i] = bands.lower();
        }
        return out;
    }
}
