package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

import com.tradesense.marketdata.AssetClass;

/**
 * Commissions and regulatory fees per asset class. A commission is {@code perUnit * qty + percent% * notional},
 * clamped to {@code minimum} and (when positive) {@code maximumPercent}% of the notional; regulatory fees are charged
 * on sells only ({@code sellFeePercent}% of the notional plus {@code sellFeePerUnit} per unit up to
 * {@code sellFeePerUnitCap}). A discount lowers the commission only. Fees round half-up to the account's minor unit.
 */
public final class FeeSchedule {

    public record Rule(BigDecimal perUnit, BigDecimal percent, BigDecimal minimum, BigDecimal maximumPercent,
            BigDecimal sellFeePercent, BigDecimal sellFeePerUnit, BigDecimal sellFeePerUnitCap) {

        public static final Rule FREE = new Rule(BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }

    /** Itemised fee of one fill. */
    public record Fee(BigDecimal commission, BigDecimal regulatory) {

        public BigDecimal total() {
            return commission.add(regulatory);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<AssetClass, Rule> rules;

    public FeeSchedule(Map<AssetClass, Rule> rules) {
        this.rules = new EnumMap<>(AssetClass.class);
        this.rules.putAll(rules);
    }

    public Fee fee(AssetClass assetClass, int sign, BigDecimal quantity, BigDecimal price, BigDecimal discountPercent,
            int scale) {
        Rule rule = rules.getOrDefault(assetClass, Rule.FREE);
        BigDecimal notional = quantity.multiply(price);
        BigDecimal commission = rule.perUnit().multiply(quantity)
                .add(notional.multiply(rule.percent()).divide(HUNDRED));
        if (rule.maximumPercent().signum() > 0) {
            commission = commission.min(notional.multiply(rule.maximumPercent()).divide(HUNDRED));
        }
        commission = commission.max(rule.minimum());
        if (discountPercent.signum() > 0) {
            commission = commission.multiply(HUNDRED.subtract(discountPercent.min(HUNDRED))).divide(HUNDRED);
        }
        BigDecimal regulatory = BigDecimal.ZERO;
        if (sign < 0) {
            BigDecimal perUnit = rule.sellFeePerUnit().multiply(quantity);
            if (rule.sellFeePerUnitCap().signum() > 0) {
                perUnit = perUnit.min(rule.sellFeePerUnitCap());
            }
            regulatory = notional.multiply(rule.sellFeePercent()).divide(HUNDRED).add(perUnit);
        }
        return new Fee(commission.setScale(scale, RoundingMode.HALF_UP), regulatory.setScale(scale, RoundingMode.HALF_UP));
    }
}
