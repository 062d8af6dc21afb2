package com.tradesense.analytics.indicators;

/**
 * Session VWAP of the typical price (h+l+c)/3 with its volume-weighted standard deviation, the quantity TradingView's
 * VWAP bands use ({@code sqrt(sum(v*p^2)/sum(v) - vwap^2)}). The mean and the weighted squared deviations are
 * updated with West's weighted incremental algorithm (1979), which gives the same numbers without the cancellation
 * of that textbook form. {@link #reset()} at each session start. NaN while the session has no volume.
 */
public final class Vwap {

    private double volume;
    private double mean;
    private double squares;
    private double deviation = Double.NaN;

    public void reset() {
        volume = 0;
        mean = 0;
        squares = 0;
    }

    /** VWAP; {@link #deviation()} then describes the same bar. */
    public double preview(double high, double low, double close, double barVolume) {
        return step(high, low, close, barVolume, false);
    }

    public double update(double high, double low, double close, double barVolume) {
        return step(high, low, close, barVolume, true);
    }

    public double deviation() {
        return deviation;
    }

    private double step(double high, double low, double close, double barVolume, boolean keep) {
        double price = typical(high, low, close);
        double total = volume + barVolume;
        if (total <= 0) {
            deviation = Double.NaN;
            return Double.NaN;
        }
        double delta = price - mean;
        double newMean = nextMean(mean, barVolume, total, delta);
        double newSquares = nextSquares(squares, barVolume, delta, price, newMean);
        deviation = deviation(newSquares, total);
        if (keep) {
            volume = total;
            mean = newMean;
            squares = newSquares;
        }
        return newMean;
    }

    // West's update, one formula each for the incremental and the batch form so they agree to the bit.
    private static double typical(double high, double low, double close) {
        return (high + low + close) / 3;
    }

    private static double nextMean(double mean, double barVolume, double total, double delta) {
        return mean + barVolume / total * delta;
    }

    private static double nextSquares(double squares, double barVolume, double delta, double price, double newMean) {
        return squares + barVolume * delta * (price - newMean);
    }

    private static double deviation(double squares, double total) {
        return Math.sqrt(Math.max(squares, 0) / total);
    }

    /**
     * Batch form: the vwap, deviation arrays over the bars, restarting wherever {@code session} changes from one bar to the
     * next (any id per trading day).
     */
    public static double[][] series(double[] high, double[] low, double[] close, double[] volume, int[] session) {
        double[][] out = new double[2][close.length];
        double[] vwap = out[0];
        double[] deviations = out[1];
        double sessionVolume = 0;
        double mean = 0;
        double squares = 0;
        for (int i = 0; i < close.length; i++) {
            if (i > 0 && session[i] != session[i - 1]) {
                sessionVolume = 0;
                mean = 0;
                squares = 0;
            }
            double price = typical(high[i], low[i], close[i]);
            double total = sessionVolume + volume[i];
            if (total <= 0) {
                vwap[i] = Double.NaN;
                deviations[i] = Double.NaN;
                continue;
            }
            double delta = price - mean;
            double newMean = nextMean(mean, volume[i], total, delta);
            squares = nextSquares(squares, volume[i], delta, price, newMean);
            mean = newMean;
            sessionVolume = total;
            vwap[i] = mean;
            deviations[i] = deviation(squares, total);
        }
        return out;
    }
}
