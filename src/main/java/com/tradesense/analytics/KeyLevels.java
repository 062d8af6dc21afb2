package com.tradesense.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The key levels of an instrument for one trading session, as of an instant.
 *
 * @param tradingDate the session the levels are for: the one in progress or, outside sessions, the next one
 * @param price       last price at {@code asOf}
 * @param atr         14-day ATR (Wilder) of the completed sessions, or null with fewer than 14 days
 * @param vwap        regular-session VWAP with bands, or null before the first regular minute
 * @param levels      every level, sorted by price
 * @param pivots      pivot levels of the requested family by period ({@code daily}, {@code weekly}, {@code monthly});
 *                    a period without a previous period (or, for Woodie, without an open yet) is left out
 */
public record KeyLevels(String symbol, Instant asOf, LocalDate tradingDate, String timezone, BigDecimal price,
        Double atr, VwapBands vwap, List<Level> levels, Map<String, PivotLevels> pivots) {
}
