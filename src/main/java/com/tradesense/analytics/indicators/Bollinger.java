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
            newMean = slidMean(mean, leaving, x, window.length);
            newSquares = slidSquares(squares, mean, newMean, leaving, x);
        }
        boolean ready = count + 1 >= window.length;
        middle = ready ? newMean : Double.NaN;
        deviation = ready ? deviation(newSquares, window.length) : Double.NaN;
        if (keep) {
            mean = newMean;
            squares = newSquares;
        }
    }

    /** The full window's mean once {@code x} enters and {@code leaving} leaves; shared with the batch loop. */
    private static double slidMean(double mean, double leaving, double x, int period) {
        return mean + (x - leaving) / period;
    }

    private static double slidSquares(double squares, double mean, double newMean, double leaving, double x) {
        return squares + (x - leaving) * (x - newMean + leaving - mean);
    }

    private static double deviation(double squares, int period) {
        return Math.sqrt(Math.max(squares, 0) / period);
    }

    /** Batch form: the middle, upper, lower arrays over {@code close}, NaN in the warm-up. */
    public static double[][] series(double[] close, int period, double width) {
        Bollinger bands = new Bollinger(period, width);
        double[][] out = new double[3][close.length];
        double[] middle = out[0];
        double[] upper = out[1];
        double[] lower = out[2];
        // The first window through the kernel; then the two running sums in one loop (the squares of the
        // deviation held in upper), and the bands element-wise, which vectorises, square root included.
        int warm = Math.min(period, close.length);
        for (int i = 0; i < warm; i++) {
            middle[i] = bands.update(close[i]);
            upper[i] = bands.upper();
            lower[i] = bands.lower();
        }
        double mean = bands.mean;
        double squares = bands.squares;
        for (int i = warm; i < close.length; i++) {
            double leaving = close[i - period];
            double newMean = slidMean(mean, leaving, close[i], period);
            squares = slidSquares(squares, mean, newMean, leaving, close[i]);
            mean = newMean;
            middle[i] = mean;
            upper[i] = squares;
        }
        for (int i = warm; i < close.length; i++) {
            double band = width * deviation(upper[i], period);
            upper[i] = middle[i] + band;
            lower[i] = middle[i] - band;
        }
        return out;
    }
}
