package com.tradesense.marketdata.bars;

import java.math.BigDecimal;
import java.math.RoundingMode;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/**
 * Half of an instrument's typical bid-ask spread, for quotes built from stored bars until a live feed supplies the
 * book. The widths are the simulated exchange's typical quotes: liquid US stocks a basis point, Casablanca stocks
 * far wider, crypto and FX tighter; an index is a computed level with no book at all.
 */
final class SimulatedSpread {

    private static final String CASABLANCA = "BVC";
    private static final BigDecimal BASIS_POINT = new BigDecimal("0.0001");

    private SimulatedSpread() {
    }

    /** Half the spread at {@code price}, on the instrument's tick and at least one tick (zero for an index). */
    static BigDecimal half(Instrument instrument, BigDecimal price) {
        BigDecimal basisPoints = halfSpreadBasisPoints(instrument);
        if (basisPoints.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal tick = instrument.tickSize();
        BigDecimal ticks = price.multiply(basisPoints).multiply(BASIS_POINT).divide(tick, 0, RoundingMode.HALF_UP)
                .max(BigDecimal.ONE);
        return ticks.multiply(tick);
    }

    private static BigDecimal halfSpreadBasisPoints(Instrument instrument) {
        return switch (instrument.assetClass()) {
            case INDEX -> BigDecimal.ZERO;
            case CRYPTO -> new BigDecimal("0.5");
            case FX -> new BigDecimal("0.4");
            case COMMODITY -> BigDecimal.ONE;
            case STOCK, ETF -> CASABLANCA.equals(instrument.exchange()) ? BigDecimal.valueOf(12) : BigDecimal.ONE;
        };
    }
}
