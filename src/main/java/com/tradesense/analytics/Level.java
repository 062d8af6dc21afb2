package com.tradesense.analytics;

import java.math.BigDecimal;

/**
 * One key level.
 *
 * @param name        short label ({@code PDH}, {@code PMH}, {@code ORH15}, {@code PWH}, {@code D.R1}, {@code EMA200W}, ...)
 * @param family      what it belongs to, for toggles: {@code DAY}, {@code PREMARKET}, {@code OPENING_RANGE},
 *                    {@code WEEK}, {@code MONTH}, {@code PIVOT_DAILY}, {@code PIVOT_WEEKLY}, {@code PIVOT_MONTHLY},
 *                    {@code EMA}, {@code ATR}, {@code SWING}
 * @param distance    level minus price (positive above the price)
 * @param distanceAtr distance in daily ATRs, 2 decimals, or null without an ATR
 * @param touches     swing zones only: how many swing highs or lows formed in the zone
 * @param zoneLow     swing zones only: the zone's lower edge
 * @param zoneHigh    swing zones only: the zone's upper edge
 */
public record Level(String name, String family, BigDecimal price, LevelKind kind, BigDecimal distance,
        Double distanceAtr, Integer touches, BigDecimal zoneLow, BigDecimal zoneHigh) {
}
