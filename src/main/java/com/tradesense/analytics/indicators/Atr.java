package com.tradesense.analytics.indicators;

import com.tradesense.analytics.Convention;

/**
 * Average true range, Wilder-smoothed. The first bar's true range is its high minus low (StockCharts, TradingView), so
 * ATR(14) starts on bar 14; TA-Lib gives the first bar no true range and starts on bar 15.
 */
public final class Atr {

    private final Ema average;
    private final boolean skipFirstBar;
    private double previousClose = Double.NaN;

    public Atr(int period, Convention convention) {
        average = Ema.wilder(period);
        skipFirstBar = convention == Convention.TA_LIB;
    }

    public double preview(double high, double low, double close) {
        if (Double.isNaN(previousClose)) {
            return skipFirstBar ? Double.NaN : average.preview(high - low);
        }
        return average.preview(TrueRange.of(high, low, previousClose));
    }

    public double update(double high, double low, double close) {
        double value;
        if (Double.isNaN(previousClose)) {
            value = skipFirstBar ? Double.NaN : average.update(high - low);
        } else {
            value = average.update(TrueRange.of(high, low, previousClose));
        }
        previousClose = close;
        return value;
    }

    /** Batch form: the series over the bars, NaN in the warm-up. */
    public static double[] series(double[] high, double[] low, double[] close, int period, Convention convention) {
        Atr atr = new Atr(period, convention);
        double[] out = new double[close.length];
        for (int i = 0; i < close.length; i++) {
            out[i] = atr.update(high[i], low[i], close[i]);
        }
        return out;
    }
}
