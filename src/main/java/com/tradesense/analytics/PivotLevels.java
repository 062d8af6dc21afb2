package com.tradesense.analytics;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Pivot levels of one family for one period, by name ({@code PP}, {@code R1}..., {@code S1}...), in formula order.
 *
 * @param basis the previous period's high, low, close and open the levels come from ({@code open} is the current
 *              period's open for Woodie)
 */
public record PivotLevels(PivotType type, Map<String, BigDecimal> levels, Map<String, BigDecimal> basis) {
}
