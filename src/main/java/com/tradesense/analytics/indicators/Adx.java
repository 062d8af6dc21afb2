package com.tradesense.analytics.indicators;

/**
 * Wilder's directional movement: +DI and -DI (Wilder-smoothed +DM and -DM over the smoothed true range) from bar n+1,
 * and ADX (Wilder average of DX) from bar 2n, as in StockCharts' worked example; TradingView's {@code ta.dmi} and
 * TA-Lib agree.
 */
public final class Adx {

    /** Bars per block of the batch loops: their intermediates (three arrays of them) stay in L1. */
    private static final int BLOCK = 512;

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

    /**
     * Directional movement one way: counted only when it is the larger of the two and positive, i.e. when
     * {@code max(against, 0) - toward} is negative, whose sign bit then masks {@code toward} in. Which way the bar
     * moved flips at random, so a comparison mispredicts about every other bar, and C2 compiles a select on doubles
     * to a branch; the sign mask has none.
     */
    private static double move(double toward, double against) {
        long larger = Double.doubleToRawLongBits(Math.max(against, 0) - toward) >> 63;
        return Double.longBitsToDouble(Double.doubleToRawLongBits(toward) & larger);
    }

    /**
     * The smallest positive double stands in for a zero denominator: no true range means no directional movement
     * (for bars whose close lies in their range) and both DIs zero mean no difference, so that gives the same 0 as a
     * zero test, without the select that would keep the batch pass over these from vectorising.
     */
    private static double di(double smoothedMove, double smoothedTr) {
        return 100 * smoothedMove / Math.max(smoothedTr, Double.MIN_VALUE);
    }

    private static double dx(double plusDi, double minusDi) {
        return 100 * Math.abs(plusDi - minusDi) / Math.max(plusDi + minusDi, Double.MIN_VALUE);
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
        // Then blocks of bars in two loops each, both simple enough to run at the core's pace. The first carries the
        // three Wilder chains of the block and the ADX chain of the block before (whose DX is ready by then): four
        // independent dependency chains whose latencies overlap, where one after the other each would wait its own.
        // The second computes the block's DIs and DX element-wise, which vectorises, divisions included. The output
        // arrays hold the intermediates: smoothed TR, then DX, in adx; smoothed +DM and -DM in their DI lines.
        double alpha = kernel.adx.alpha();
        double tr = kernel.trueRange.value();
        double plus = kernel.plusMove.value();
        double minus = kernel.minusMove.value();
        double average = kernel.adx.value();
        int pending = warm; // the first bar whose ADX is not written yet
        for (int start = warm; start < close.length; start += BLOCK) {
            int end = Math.min(start + BLOCK, close.length);
            for (int i = start; i < end; i++) {
                double up = high[i] - high[i - 1];
                double down = low[i - 1] - low[i];
                tr = Ema.step(tr, alpha, TrueRange.of(high[i], low[i], close[i - 1]));
                plus = Ema.step(plus, alpha, move(up, down));
                minus = Ema.step(minus, alpha, move(down, up));
                adx[i] = tr;
                plusDi[i] = plus;
                minusDi[i] = minus;
                if (pending < start) {
                    average = Ema.step(average, alpha, adx[pending]);
                    adx[pending++] = average;
                }
            }
            for (int i = start; i < end; i++) {
                double p = di(plusDi[i], adx[i]);
                double m = di(minusDi[i], adx[i]);
                plusDi[i] = p;
                minusDi[i] = m;
                adx[i] = dx(p, m);
            }
        }
        for (; pending < close.length; pending++) {
            average = Ema.step(average, alpha, adx[pending]);
            adx[pending] = average;
        }
        return out;
    }
}
