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
        double plus = move(up, down);
        double minus = move(down, up);
        double tr = TrueRange.of(high, low, previousClose);
        double smoothedTr = keep ? trueRange.update(tr) : trueRange.preview(tr);
        double smoothedPlus = keep ? plusMove.update(plus) : plusMove.preview(plus);
        double smoothedMinus = keep ? minusMove.update(minus) : minusMove.preview(minus);
        if (Double.isNaN(smoothedTr)) {
            plusDi = Double.NaN;
            minusDi = Double.NaN;
            return Double.NaN;
        }
        plusDi = di(smoothedPlus, smoothedTr);
        minusDi = di(smoothedMinus, smoothedTr);
        double dx = dx(plusDi, minusDi);
        return keep ? adx.update(dx) : adx.preview(dx);
    }

    /** Directional movement one way: counted only when it is the larger of the two and positive. */
    private static double move(double toward, double against) {
        return toward > against && toward > 0 ? toward : 0;
    }

    private static double di(double smoothedMove, double smoothedTr) {
        return smoothedTr == 0 ? 0 : 100 * smoothedMove / smoothedTr;
    }

    private static double dx(double plusDi, double minusDi) {
        double sum = plusDi + minusDi;
        return sum == 0 ? 0 : 100 * Math.abs(plusDi - minusDi) / sum;
    }

    /** Batch form: the ADX, +DI, -DI arrays over the bars, NaN in the warm-up. */
    public static double[][] series(double[] high, double[] low, double[] close, int period) {
        Adx kernel = new Adx(period);
        double[][] out = new double[3][close.length];
        double[] adx = out[0];
        double[] plusDi = out[1];
        double[] minusDi = out[2];
        // Up to the first ADX value (bar 2n) through the kernel; from there every average has a value.
        int warm = (int) Math.min(2L * period, close.length);
        for (int i = 0; i < warm; i++) {
            adx[i] = kernel.update(high[i], low[i], close[i]);
            plusDi[i] = kernel.plusDi;
            minusDi[i] = kernel.minusDi;
        }
        double tr = kernel.trueRange.value();
        double plus = kernel.plusMove.value();
        double minus = kernel.minusMove.value();
        double average = kernel.adx.value();
        double alpha = kernel.adx.alpha();
        for (int i = warm; i < close.length; i++) {
            double up = high[i] - high[i - 1];
            double down = low[i - 1] - low[i];
            tr = Ema.step(tr, alpha, TrueRange.of(high[i], low[i], close[i - 1]));
            plus = Ema.step(plus, alpha, move(up, down));
            minus = Ema.step(minus, alpha, move(down, up));
            double p = di(plus, tr);
            double m = di(minus, tr);
            average = Ema.step(average, alpha, dx(p, m));
            adx[i] = average;
            plusDi[i] = p;
            minusDi[i] = m;
        }
        return out;
    }
}
