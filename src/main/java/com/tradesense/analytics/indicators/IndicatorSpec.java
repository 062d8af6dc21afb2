package com.tradesense.analytics.indicators;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.tradesense.analytics.Convention;

/**
 * One requested indicator as a client writes it ({@code rsi(14)}, {@code macd(12,26,9)}, {@code bb(20,2)},
 * {@code stoch(14,3)} or {@code stoch(14,3,3)}, {@code obv}, {@code vwap}); parameters left out take the usual
 * defaults. {@code .lines} computes its series.
 */
public record IndicatorSpec(String key, Kind kind, double[] params) {

    static final int MAX_PERIOD = 1000;
    private static final Pattern SYNTAX = Pattern.compile("([a-z]+)(?:\\(([^()]*)\\))?");

    public enum Kind {
        SMA(new double[] {20}, "sma"),
        EMA(new double[] {20}, "ema"),
        WMA(new double[] {20}, "wma"),
        RSI(new double[] {14}, "rsi"),
        MACD(new double[] {12, 26, 9}, "macd", "signal", "histogram"),
        BB(new double[] {20, 2}, "middle", "upper", "lower"),
        ATR(new double[] {14}, "atr"),
        STOCH(new double[] {14, 3}, "k", "d"),
        ADX(new double[] {14}, "adx", "plusDi", "minusDi"),
        OBV(new double[] {}, "obv"),
        VWAP(new double[] {}, "vwap", "upper1", "lower1", "upper2", "lower2", "upper3", "lower3");

        private final double[] defaults;
        private final String[] lines;

        Kind(double[] defaults, String... lines) {
            this.defaults = defaults;
            this.lines = lines;
        }

        public String[] lines() {
            return lines.clone();
        }
    }

    /**
     * @throws IllegalArgumentException with a message for the client: unknown name, malformed parameters or a
     *                                  parameter out of range
     */
    public static IndicatorSpec parse(String text) {
        String compact = text.replace(" ", "").toLowerCase(Locale.ROOT);
        Matcher m = SYNTAX.matcher(compact);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not of the form name or name(p1,p2,...)");
        }
        Kind kind;
        try {
            kind = Kind.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown indicator '" + m.group(1)
                    + "'; use sma, ema, wma, rsi, macd, bb, atr, stoch, adx, obv or vwap");
        }
        double[] params = m.group(2) == null || m.group(2).isEmpty() ? kind.defaults.clone() : numbers(m.group(2));
        validate(kind, params, text);
        StringBuilder key = new StringBuilder(kind.name().toLowerCase(Locale.ROOT));
        if (params.length > 0) {
            key.append('(');
            for (int i = 0; i < params.length; i++) {
                key.append(i == 0 ? "" : ",").append(format(params[i]));
            }
            key.append(')');
        }
        return new IndicatorSpec(key.toString(), kind, params);
    }

    /** Bars needed before the first value, so a chart can load that much history ahead of its range. */
    public int warmUp() {
        return switch (kind) {
            case MACD -> (int) (params[1] + params[2]);
            case STOCH -> (int) (params[0] + params[1] + (params.length > 2 ? params[2] : 0));
            case ADX -> (int) (2 * params[0]);
            case OBV, VWAP -> 0;
            default -> (int) params[0];
        };
    }

    /** The series by line name, aligned with the bars, NaN where the indicator has no value yet. */
    public Map<String, double[]> lines(OhlcvArrays bars, Convention convention) {
        double[][] series = switch (kind) {
            case SMA -> new double[][] {Sma.series(bars.close(), period(0))};
            case EMA -> new double[][] {Ema.series(bars.close(), period(0), convention == Convention.TRADINGVIEW)};
            case WMA -> new double[][] {Wma.series(bars.close(), period(0))};
            case RSI -> new double[][] {Rsi.series(bars.close(), period(0))};
            case MACD -> Macd.series(bars.close(), period(0), period(1), period(2), convention);
            case BB -> Bollinger.series(bars.close(), period(0), params[1]);
            case ATR -> new double[][] {Atr.series(bars.high(), bars.low(), bars.close(), period(0), convention)};
            // stoch(k,d) is the fast stochastic; stoch(k,s,d) the full one with %K smoothed over s bars.
            case STOCH -> params.length == 2
                    ? Stochastic.series(bars.high(), bars.low(), bars.close(), period(0), 1, period(1))
                    : Stochastic.series(bars.high(), bars.low(), bars.close(), period(0), period(1), period(2));
            case ADX -> Adx.series(bars.high(), bars.low(), bars.close(), period(0));
            case OBV -> new double[][] {Obv.series(bars.close(), bars.volume(), convention)};
            case VWAP -> vwapBands(bars);
        };
        Map<String, double[]> lines = new LinkedHashMap<>();
        for (int i = 0; i < series.length; i++) {
            lines.put(kind.lines[i], series[i]);
        }
        return lines;
    }

    private static double[][] vwapBands(OhlcvArrays bars) {
        double[][] vwap = Vwap.series(bars.high(), bars.low(), bars.close(), bars.volume(), bars.session());
        double[][] out = new double[7][];
        out[0] = vwap[0];
        for (int k = 1; k <= 3; k++) {
            out[2 * k - 1] = new double[bars.length()];
            out[2 * k] = new double[bars.length()];
            for (int i = 0; i < bars.length(); i++) {
                out[2 * k - 1][i] = vwap[0][i] + k * vwap[1][i];
                out[2 * k][i] = vwap[0][i] - k * vwap[1][i];
            }
        }
        return out;
    }

    private int period(int index) {
        return (int) params[index];
    }

    private static void validate(Kind kind, double[] params, String text) {
        int expected = kind.defaults.length;
        boolean countOk = kind == Kind.STOCH ? params.length == 2 || params.length == 3 : params.length == expected;
        if (!countOk) {
            throw new IllegalArgumentException("'" + text + "': " + kind.name().toLowerCase(Locale.ROOT) + " takes "
                    + (kind == Kind.STOCH ? "2 or 3" : String.valueOf(expected)) + " parameters");
        }
        for (int i = 0; i < params.length; i++) {
            boolean width = kind == Kind.BB && i == 1;
            if (width ? !(params[i] > 0 && params[i] <= 10)
                    : params[i] != Math.rint(params[i]) || params[i] < 1 || params[i] > MAX_PERIOD
                            || kind == Kind.RSI && params[i] < 2) {
                throw new IllegalArgumentException("'" + text + "': parameter " + (i + 1) + " must be "
                        + (width ? "a width above 0 and at most 10" : "a whole number of bars from "
                                + (kind == Kind.RSI ? 2 : 1) + " to " + MAX_PERIOD));
            }
        }
        if (kind == Kind.MACD && params[0] >= params[1]) {
            throw new IllegalArgumentException("'" + text + "': the fast period must be shorter than the slow one");
        }
    }

    private static double[] numbers(String list) {
        String[] parts = list.split(",", -1);
        double[] out = new double[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Double.parseDouble(parts[i]);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a number");
            }
            if (!Double.isFinite(out[i])) {
                throw new IllegalArgumentException("'" + parts[i] + "' is not a finite number");
            }
        }
        return out;
    }

    private static String format(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof IndicatorSpec spec && spec.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key;
    }
}
