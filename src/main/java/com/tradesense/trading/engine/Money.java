package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/** Cash amounts in an account's currency: rounded to its minor unit (2 decimals for USD and MAD), half-even. */
public final class Money {

    /** Working scale of divisions (average prices, cost removed on a partial close) before display rounding. */
    public static final int WORK_SCALE = 10;

    private Money() {
    }

    public static int scale(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }

    public static BigDecimal round(BigDecimal amount, int scale) {
        return amount.setScale(scale, RoundingMode.HALF_EVEN);
    }

    /** Average price = notional / quantity at the working scale, stripped of trailing zeros for display. */
    public static BigDecimal average(BigDecimal notional, BigDecimal quantity) {
        if (quantity.signum() == 0) {
            return null;
        }
        BigDecimal average = notional.divide(quantity, WORK_SCALE, RoundingMode.HALF_EVEN).abs().stripTrailingZeros();
        return average.scale() < 2 ? average.setScale(2) : average;
    }
}
