package com.tradesense.analytics.indicators;

/**
 * Naive implementations straight from the published definitions (StockCharts ChartSchool's indicator pages, Wilder's
 * "New Concepts in Technical Trading Systems", 1978): each value recomputed from its whole window or from the first
 * bar, O(n*k), no shared state. The contract tests hold the O(1) kernels to these.
 */
final class ReferenceIndicators {

    private ReferenceIndicators() {
    }

    static double[] sma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double sum = 0;
            for (int j = i - n + 1; j <= i; j++) {
                sum += x[j];
            }
            out[i] = sum / n;
        }
        return out;
    }

    static double[] wma(double[] x, int n) {
        double[] out = nan(x.length);
        for (int i = n - 1; i < x.length; i++) {
            double sum = 0;
            for (int w = 1; w <= n; w++) {
                sum += w * x[i - n + w];
            }
            out[i] = sum / (n * (n + 1) / 2.0);
        }
        return out;
    }

    /** EMA seeded with the SMA of the first n values, or with the first value (hidden before n values). */
    static double[] ema(double[] x, int n, boolean firstValueSeed, int start) {
        double[] out = nan(x.length);
        double alpha = 2.0 / (n + 1);
        double ema = Double.NaN;
        for (int i = start; i < x.length; i++) {
            if (firstValueSeed) {
                ema = i == start ? x[i] : ema + alpha * (x[i] - ema);
            } else if (i == start + n - 1) {
                ema = sma(java.util.Arrays.copyOfRange(x, start, i + 1), n)[n - 1];
            } else if (i > start + n - 1) {
                ema = ema + alpha * (x[i] - ema);
            }
            out[i] = i >= start + n - 1 ? ema : Double.NaN;
        }
        return out;
    }

    /** Pine's {@code pine_ema}: seeded with the first value, nothing hidden. */
    static double[] firstValueEma(double[] x, int n) {
        double[] out = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            out[i] = i == 0 ? x[0] : out[i - 1] + 2.0 / (n + 1) * (x[i] - out[i - 1]);
        }
        return out;
    }

    /** Wilder's smoothing of {@code x} from index {@code start}: first value the mean of n, then (13*prev + x)/14. */
    static double[] wilder(double[] x, int n, int start) {
        double[] out = nan(x.length);
        double prev = Double.NaN;
        for (int i = start + n - 1; i < x.length; i++) {
            if (i == start + n - 1) {
                double sum = 0;
                for (int j = start; j <= i; j++) {
                    sum += x[j];
                }
                prev = sum / n;
            } else {
                prev = (prev * (n - 1) + x[i]) / n;
            }
            out[i] = prev;
        }
        return out;
    }

    static double[] rsi(double[] c, int n) {
        double[] gain = new double[c.length];
        double[] loss = new double[c.length];
        for (int i = 1; i < c.length; i++) {
            gain[i] = Math.max(c[i] - c[i - 1], 0);
            loss[i] = Math.max(c[i - 1] - c[i], 0);
        }
        double[] g = wilder(gain, n, 1);
        double[] l = wilder(loss, n, 1);
        double[] out = nan(c.length);
        for (int i = 0; i < c.length; i++) {
            if (!Double.isNaN(g[i])) {
                out[i] = l[i] == 0 ? 100 : 100 - 100 / (1 + g[i] / l[i]);
            }
        }
        return out;
    }

    static double[] trueRange(double[] h, double[] l, double[] c) {
        double[] tr = new double[c.length];
        tr[0] = h[0] - l[0];
        for (int i = 1; i < c.length; i++) {
            tr[i] = Math.max(h[i] - l[i], Math.max(Math.abs(h[i] - c[i - 1]), Math.abs(l[i] - c[i - 1])));
        }
        return tr;
    }

    static double[] atr(double[] h, double[] l, double[] c, int n, boolean skipFirstBar) {
        return wilder(trueRange(h, l, c), n, skipFirstBar ? 1 : 0);
    }

    static double[][] bollinger(double[] x, int n, double k) {
        double[][] out = {nan(x.length), nan(x.length), nan(x.length)};
        for (int i = n - 1; i < x.length; i++) {
            double mean = sma(java.util.Arrays.copyOfRange(x, i - n + 1, i + 1), n)[n - 1];
            double squares = 0;
            for (int j = i - n + 1; j <= i; j++) {
                squares += (x[j] - mean) * (x[j] - mean);
            }
            double sd = Math.sqrt(squares / n);
            out[0][i] = mean;
            out[1][i] = mean + k * sd;
            out[2][i] = mean - k * sd;
        }
        return out;
    }

    static double[][] stochastic(double[] h, double[] l, double[] c, int n, int smooth, int signal) {
        double[] raw = nan(c.length);
        for (int i = n - 1; i < c.length; i++) {
            double hh = Double.NEGATIVE_INFINITY;
            double ll = Double.POSITIVE_INFINITY;
            for (int j = i - n + 1; j <= i; j++) {
                hh = Math.max(hh, h[j]);
                ll = Math.min(ll, l[j]);
            }
            raw[i] = hh == ll ? 50 : 100 * (c[i] - ll) / (hh - ll);
        }
        double[] k = smaFrom(raw, smooth, n - 1);
        double[] d = smaFrom(k, signal, n - 1 + smooth - 1);
        return new double[][] {k, d};
    }

    static double[][] adx(double[] h, double[] l, double[] c, int n) {
        double[] tr = trueRange(h, l, c);
        double[] plus = new double[c.length];
        double[] minus = new double[c.length];
        for (int i = 1; i < c.length; i++) {
            double up = h[i] - h[i - 1];
            double down = l[i - 1] - l[i];
            plus[i] = up > down && up > 0 ? up : 0;
            minus[i] = down > up && down > 0 ? down : 0;
        }
        double[] str = wilder(tr, n, 1);
        double[] sp = wilder(plus, n, 1);
        double[] sm = wilder(minus, n, 1);
        double[] pdi = nan(c.length);
        double[] mdi = nan(c.length);
        double[] dx = new double[c.length];
        for (int i = n; i < c.length; i++) {
            pdi[i] = str[i] == 0 ? 0 : 100 * sp[i] / str[i];
            mdi[i] = str[i] == 0 ? 0 : 100 * sm[i] / str[i];
            double sum = pdi[i] + mdi[i];
            dx[i] = sum == 0 ? 0 : 100 * Math.abs(pdi[i] - mdi[i]) / sum;
        }
        return new double[][] {wilder(dx, n, n), pdi, mdi};
    }

    static double[] obv(double[] c, double[] v, boolean startWithVolume) {
        double[] out = new double[c.length];
        out[0] = startWithVolume ? v[0] : 0;
        for (int i = 1; i < c.length; i++) {
            out[i] = out[i - 1] + Math.signum(c[i] - c[i - 1]) * v[i];
        }
        return out;
    }

    /** VWAP and deviation from each bar's session start, summed afresh for every bar. */
    static double[][] vwap(double[] h, double[] l, double[] c, double[] v, int[] session) {
        double[][] out = {nan(c.length), nan(c.length)};
        for (int i = 0; i < c.length; i++) {
            int start = i;
            while (start > 0 && session[start - 1] == session[i]) {
                start--;
            }
            double pv = 0;
            double vol = 0;
            for (int j = start; j <= i; j++) {
                double p = (h[j] + l[j] + c[j]) / 3;
                pv += p * v[j];
                vol += v[j];
            }
            if (vol > 0) {
                double vwap = pv / vol;
                double weighted = 0;
                for (int j = start; j <= i; j++) {
                    double p = (h[j] + l[j] + c[j]) / 3;
                    weighted += v[j] * (p - vwap) * (p - vwap);
                }
                out[0][i] = vwap;
                out[1][i] = Math.sqrt(weighted / vol);
            }
        }
        return out;
    }

    private static double[] smaFrom(double[] x, int n, int start) {
        double[] out = nan(x.length);
        for (int i = start + n - 1; i < x.length; i++) {
            double sum = 0;
            for (int j = i - n + 1; j <= i; j++) {
                sum += x[j];
            }
            out[i] = sum / n;
        }
        return out;
    }

    static double[] nan(int n) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, Double.NaN);
        return out;
    }
}
