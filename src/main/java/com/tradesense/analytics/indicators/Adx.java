package com.tradesense.analytics.indicators;

/**
 * Wilder's directional movement: +DI and -DI (Wilder-smoothed +DM and -DM over the smoothed true range) from bar n+1,
 * and ADX (Wilder average of DX) from bar 2n, as in StockCharts' worked example; TradingView's {@code ta.dmi} and
 * TA-Lib agree.
 */
public final class Adx {

    private final Ema trueRange;
    private final Ema plusMove;
    private final Ema minusMove;
    private final Ema adx;
    private double previousHigh = Double.NaN;
    private double previousLow;
    private double previousClose;
    private double plusDi = Double.NaN;
    private double minusDi = Double.NaN;

    public Adx(int period) {
        trueRange = Ema.wilder(period);
        plusMove = Ema.wilder(period);
        minusMove = Ema.wilder(period);
        adx = Ema.wilder(period);
    }

    /** ADX; {@link #plusDi()} and {@link #minusDi()} then describe the same bar. */
    public double preview(double high, double low, double close) {
        return step(high, low, close, false);
    }

    public double update(double high, double low, double close) {
        double value = step(high, low, close, true);
        previousHigh = high;
        previousLow = low;
        previousClose = close;
        return value;
    }

    public double plusDi() {
        return plusDi;
    }

    public double minusDi() {
        return minusDi;
    }

    private double step(double high, double low, double close, boolean keep) {
        if (Double.isNaN(previousHigh)) {
            plusDi = Double.NaN;
            minusDi = Double.NaN;
            return Double.NaN;
        }
        double up = high - previousHigh;
        double down = previousLow - low;
        double plus = up > down && up > 0 ? up : 0;
        double minus = down > up && down > 0 ? down : 0;
        double tr = TrueRange.of(high, low, previousClose);
        double smoothedTr = keep ? trueRange.update(tr) : trueRange.preview(tr);
        double smoothedPlus = keep ? plusMove.update(plus) : plusMove.preview(plus);
        double smoothedMinus = keep ? minusMove.update(minus) : minusMove.preview(minus);
        if (Double.isNaN(smoothedTr)) {
            plusDi = Double.NaN;
            minusDi = Double.NaN;
            return Double.NaN;
        }
        plusDi = smoothedTr == 0 ? 0 : 100 * smoothedPlus / smoothedTr;
        minusDi = smoothedTr == 0 ? 0 : 100 * smoothedMinus / smoothedTr;
        double sum = plusDi + minusDi;
        double dx = sum == 0 ? 0 : 100 * Math.abs(plusDi - minusDi) / sum;
        return keep ? adx.update(dx) : adx.preview(dx);
    }

    /** Batch form: the ADX, +DI, -DI arrays over the bars, NaN in the warm-up. */
    public static double[][] series(double[] high, double[] low, double[] close, int period) {
        Adx adx = new Adx(period);
        double[][] out = new double[3][close.length];
        for (int i = 0; i < close.length; i++) {
            out[0][i] = adx.update(high[i], low[i], close[i]);
            out[1][i] = adx.plusDi();
            out[2][i] = adx.minusDi();
        }
        return out;
    }
}
