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
        return total + Math.signum(close - previousClose) * volume;
    }

    public double update(double close, double volume) {
        total = preview(close, volume);
        previousClose = close;
        return total;
    }

    /** Batch form: the series over the bars. */
    public static double[] series(double[] close, double[] volume, Convention convention) {
        Obv obv = new Obv(convention);
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = obv.update(close[i], volume[i]);
        }
        return out;
    }
}
