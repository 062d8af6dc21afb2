package com.tradesense.analytics.levels;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import com.tradesense.analytics.PivotLevels;
import com.tradesense.analytics.PivotType;

/**
 * Pivot points exactly as TradingView's "Pivot Points Standard" help page defines each family
 * (https://www.tradingview.com/support/solutions/43000521824-pivot-points-standard/), in exact decimal arithmetic:
 * intermediate values keep 34 significant digits and each level is rounded half-up to {@code .scale} places, so the
 * same inputs give the same cents as the formulas worked by hand.
 * <p>
 * Inputs are the previous period's high, low and close; Woodie also needs the current period's open and DeMark the
 * previous period's open.
 */
public final class Pivots {

    private static final MathContext EXACT = MathContext.DECIMAL128;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal THREE = BigDecimal.valueOf(3);
    private static final BigDecimal FOUR = BigDecimal.valueOf(4);

    private Pivots() {
    }

    /**
     * @param open the current period's open (Woodie) or the previous period's open (DeMark); ignored otherwise
     * @throws IllegalArgumentException when Woodie or DeMark lacks an open, or high is below low
     */
    public static PivotLevels of(PivotType type, BigDecimal high, BigDecimal low, BigDecimal close, BigDecimal open) {
        if (high.compareTo(low) < 0) {
            throw new IllegalArgumentException("high must not be below low");
        }
        if ((type == PivotType.WOODIE || type == PivotType.DEMARK) && open == null) {
            throw new IllegalArgumentException(type + " pivots need an open");
        }
        BigDecimal range = high.subtract(low);
        Map<String, BigDecimal> l = new LinkedHashMap<>();
        switch (type) {
            case TRADITIONAL -> {
                BigDecimal pp = typical(high, low, close);
                l.put("PP", pp);
                l.put("R1", pp.multiply(TWO).subtract(low));
                l.put("S1", pp.multiply(TWO).subtract(high));
                l.put("R2", pp.add(range));
                l.put("S2", pp.subtract(range));
                l.put("R3", pp.multiply(TWO).add(high.subtract(low.multiply(TWO))));
                l.put("S3", pp.multiply(TWO).subtract(high.multiply(TWO).subtract(low)));
                l.put("R4", pp.multiply(THREE).add(high.subtract(low.multiply(THREE))));
                l.put("S4", pp.multiply(THREE).subtract(high.multiply(THREE).subtract(low)));
                l.put("R5", pp.multiply(FOUR).add(high.subtract(low.multiply(FOUR))));
                l.put("S5", pp.multiply(FOUR).subtract(high.multiply(FOUR).subtract(low)));
            }
            case FIBONACCI -> {
                BigDecimal pp = typical(high, low, close);
                l.put("PP", pp);
                l.put("R1", pp.add(new BigDecimal("0.382").multiply(range)));
                l.put("S1", pp.subtract(new BigDecimal("0.382").multiply(range)));
                l.put("R2", pp.add(new BigDecimal("0.618").multiply(range)));
                l.put("S2", pp.subtract(new BigDecimal("0.618").multiply(range)));
                l.put("R3", pp.add(range));
                l.put("S3", pp.subtract(range));
            }
            case WOODIE -> {
                BigDecimal pp = high.add(low).add(open.multiply(TWO)).divide(FOUR, EXACT);
                l.put("PP", pp);
                l.put("R1", pp.multiply(TWO).subtract(low));
                l.put("S1", pp.multiply(TWO).subtract(high));
                l.put("R2", pp.add(range));
                l.put("S2", pp.subtract(range));
                BigDecimal r3 = high.add(pp.subtract(low).multiply(TWO));
                BigDecimal s3 = low.subtract(high.subtract(pp).multiply(TWO));
                l.put("R3", r3);
                l.put("S3", s3);
                l.put("R4", r3.add(range));
                l.put("S4", s3.subtract(range));
            }
            case CLASSIC -> {
                BigDecimal pp = typical(high, low, close);
                l.put("PP", pp);
                l.put("R1", pp.multiply(TWO).subtract(low));
                l.put("S1", pp.multiply(TWO).subtract(high));
                l.put("R2", pp.add(range));
                l.put("S2", pp.subtract(range));
                l.put("R3", pp.add(range.multiply(TWO)));
                l.put("S3", pp.subtract(range.multiply(TWO)));
                l.put("R4", pp.add(range.multiply(THREE)));
                l.put("S4", pp.subtract(range.multiply(THREE)));
            }
            case DEMARK -> {
                int direction = close.compareTo(open);
                BigDecimal x = direction == 0 ? high.add(low).add(close.multiply(TWO))
                        : direction > 0 ? high.multiply(TWO).add(low).add(close)
                        : low.multiply(TWO).add(high).add(close);
                l.put("PP", x.divide(FOUR, EXACT));
                l.put("R1", x.divide(TWO, EXACT).subtract(low));
                l.put("S1", x.divide(TWO, EXACT).subtract(high));
            }
            case CAMARILLA -> {
                BigDecimal spread = new BigDecimal("1.1").multiply(range);
                l.put("PP", typical(high, low, close));
                BigDecimal r4 = close.add(spread.divide(TWO, EXACT));
                l.put("R1", close.add(spread.divide(BigDecimal.valueOf(12), EXACT)));
                l.put("S1", close.subtract(spread.divide(BigDecimal.valueOf(12), EXACT)));
                l.put("R2", close.add(spread.divide(BigDecimal.valueOf(6), EXACT)));
                l.put("S2", close.subtract(spread.divide(BigDecimal.valueOf(6), EXACT)));
                l.put("R3", close.add(spread.divide(FOUR, EXACT)));
                l.put("S3", close.subtract(spread.divide(FOUR, EXACT)));
                l.put("R4", r4);
                l.put("S4", close.subtract(spread.divide(TWO, EXACT)));
                if (low.signum() > 0) {
                    BigDecimal r5 = high.divide(low, EXACT).multiply(close);
                    BigDecimal r6 = r5.add(new BigDecimal("1.168").multiply(r5.subtract(r4)));
                    l.put("R5", r5);
                    l.put("S5", close.subtract(r5.subtract(close)));
                    l.put("R6", r6);
                    l.put("S6", close.subtract(r6.subtract(close)));
                }
            }
            default -> throw new IllegalStateException();
        }
        int places = scale(high, low, close, open);
        Map<String, BigDecimal> rounded = new LinkedHashMap<>();
        l.forEach((name, value) -> rounded.put(name, value.setScale(places, RoundingMode.HALF_UP)));
        Map<String, BigDecimal> basis = new LinkedHashMap<>();
        basis.put("high", high);
        basis.put("low", low);
        basis.put("close", close);
        if (open != null && (type == PivotType.WOODIE || type == PivotType.DEMARK)) {
            basis.put("open", open);
        }
        return new PivotLevels(type, rounded, basis);
    }

    /** Four decimals, or two more than the finest input (crypto and FX quote more). */
    static int scale(BigDecimal... inputs) {
        int finest = 0;
        for (BigDecimal input : inputs) {
            if (input != null) {
                finest = Math.max(finest, input.stripTrailingZeros().scale());
            }
        }
        return Math.max(4, finest + 2);
    }

    private static BigDecimal typical(BigDecimal high, BigDecimal low, BigDecimal close) {
        return high.add(low).add(close).divide(THREE, EXACT);
    }
}
