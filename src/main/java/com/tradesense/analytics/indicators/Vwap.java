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
        double price = (high + low + close) / 3;
        double total = volume + barVolume;
        if (total <= 0) {
            deviation = Double.NaN;
            return Double.NaN;
        }
        double delta = price - mean;
        double newMean = mean + barVolume / total * delta;
        double newSquares = squares + barVolume * delta * (price - newMean);
        deviation = Math.sqrt(Math.max(newSquares, 0) / total);
        if (keep) {
            volume = total;
            mean = newMean;
            squares = newSquares;
        }
        return newMean;
    }

    /**
     * Batch form: the vwap, deviation arrays over the bars, restarting wherever {@code session} changes from one bar to the
     * next (any id per trading day).
     */
    public static double[][] series(double[] high, double[] low, double[] close, double[] volume, int[] session) {
        Vwap vwap = new Vwap();
        double[][] out = new double[2][close.length];
        for (int i = 0; i < close.length; i++) {
            if (i > 0 && session[i] != session[i - 1]) {
                vwap.reset();
            }
            out[0][i] = vwap.update(high[i], low[i], close[i], volume[i]);
            out[1][i] = vwap.deviation();
        }
        return out;
    }
}
