package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import com.tradesense.marketdata.AssetClass;

/**
 * How much a taker gets and at what price. Feeds carry no book depth, so the displayed size at the touch is modelled
 * per asset class (or the tick's traded size when larger); an order larger than that fills it now and waits for the
 * next price for the rest. Price impact grows linearly with the share of the displayed size taken, up to
 * {@code impactBps} basis points at the whole of it, and is rounded to the tick against the taker.
 */
public final class FillModel {

    public record Liquidity(BigDecimal displayedSize, BigDecimal impactBps) {
    }

    private static final BigDecimal BPS = BigDecimal.valueOf(10_000);

    private final Map<AssetClass, Liquidity> liquidity;

    public FillModel(Map<AssetClass, Liquidity> liquidity) {
        this.liquidity = new EnumMap<>(AssetClass.class);
        this.liquidity.putAll(liquidity);
    }

    public BigDecimal displayed(AssetClass assetClass, long lastSize) {
        return liquidity.get(assetClass).displayedSize().max(BigDecimal.valueOf(lastSize));
    }

    /** The largest impact of any fill of that asset class, as a fraction: reservations add it as a buffer. */
    public BigDecimal maxImpact(AssetClass assetClass) {
        return liquidity.get(assetClass).impactBps().divide(BPS);
    }

    /** Fill price of {@code quantity} out of {@code displayed} taken at {@code touch}, rounded to the tick. */
    public BigDecimal price(AssetClass assetClass, int sign, BigDecimal touch, BigDecimal quantity,
            BigDecimal displayed, BigDecimal tickSize) {
        BigDecimal share = quantity.divide(displayed, MathContext.DECIMAL64).min(BigDecimal.ONE);
        BigDecimal impact = touch.multiply(maxImpact(assetClass)).multiply(share);
        BigDecimal raw = sign > 0 ? touch.add(impact) : touch.subtract(impact);
        BigDecimal ticks = raw.divide(tickSize, 0, sign > 0 ? RoundingMode.CEILING : RoundingMode.FLOOR);
        return ticks.multiply(tickSize).max(tickSize);
    }
}
