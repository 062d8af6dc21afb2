package com.tradesense.analytics;

import java.math.BigDecimal;
import java.util.List;

/** Session VWAP of the regular session so far and its 1, 2 and 3 standard-deviation bands. */
public record VwapBands(BigDecimal value, BigDecimal deviation, List<Band> bands) {

    public record Band(int sigma, BigDecimal upper, BigDecimal lower) {
    }
}
