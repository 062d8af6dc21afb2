package com.tradesense.analytics.indicators;

import com.tradesense.analytics.Convention;

/**
 * On-balance volume: the running total of volume, added on up closes and subtracted on down closes. It starts at 0
 * (StockCharts, TradingView) or at the first bar's volume (TA-Lib).
 */
public final class Obv {

    private final boolean startWithVolume;
    private double total;
    private double previousClose = Double.NaN;

    public Obv(Convention convention) {
        startWithVolume = convention == Convention.TA_LIB;
    }

    public double preview(double close, double volume) {
        if (Double.isNaN(previousClose)) {
            return startWithVolume ? volume : 0;
        }
        return next(total, close - previousClose, volume);
    }

    private static double next(double total, double change, double volume) {
        return total + Math.signum(change) * volume;
    }

    public double update(double close, double volume) {
        total = preview(close, volume);
        previousClose = close;
        return total;
    }

    /** Batch form: the series over the bars. */
    public static double[] series(double[] close, double[] volume, Convention convention) {
        double[] out = new double[close.length];
        if (close.length == 0) {
            return out;
        }
        double total = new Obv(convention).update(close[0], volume[0]);
        out[0] = total;
        for (int i = 1; i < close.length; i++) {
            total = next(total, close[i] - close[i - 1], volume[i]);
            out[i] = total;
        }
        return out;
    }
}
