package com.tradesense.analytics.indicators;

/**
 * Wilder's RSI: Wilder averages of gains and losses seeded with the simple average of the first n changes, so RSI(14)
 * starts on the 15th bar (StockCharts, TradingView and TA-Lib agree). No losses at all reads 100, as Pine's
 * {@code ta.rsi} does.
 */
public final class Rsi {

    private final Ema gains;
    private final Ema losses;
    private double previousClose = Double.NaN;

    public Rsi(int period) {
        gains = Ema.wilder(period);
        losses = Ema.wilder(period);
    }

    public double preview(double close) {
        if (Double.isNaN(previousClose)) {
            return Double.NaN;
        }
        double change = close - previousClose;
        return rsi(gains.preview(Math.max(change, 0)), losses.preview(Math.max(-change, 0)));
    }

    public double update(double close) {
        double value = Double.NaN;
        if (!Double.isNaN(previousClose)) {
            double change = close - previousClose;
            value = rsi(gains.update(Math.max(change, 0)), losses.update(Math.max(-change, 0)));
        }
        previousClose = close;
        return value;
    }

    private static double rsi(double gain, double loss) {
        if (Double.isNaN(gain)) {
            return Double.NaN;
        }
        return loss == 0 ? 100 : 100 - 100 / (1 + gain / loss);
    }

    /** Batch form: the series over {@code close}, NaN in the warm-up. */
    public static double[] series(double[] close, int period) {
        Rsi rsi = new Rsi(period);
        double[] out = new double[close.length];
        // The warm-up (first close, the seeds) through the kernel, then two Wilder steps a bar over the array.
        int warm = Math.min(period + 1, close.length);
        for (int i = 0; i < warm; i++) {
            out[i] = rsi.update(close[i]);
        }
        double gain = rsi.gains.value();
        double loss = rsi.losses.value();
        double alpha = rsi.gains.alpha();
        for (int i = warm; i < close.length; i++) {
            double change = close[i] - close[i - 1];
            gain = Ema.step(gain, alpha, Math.max(change, 0));
            loss = Ema.step(loss, alpha, Math.max(-change, 0));
            out[i] = rsi(gain, loss);
        }
        return out;
    }
}
