package com.tradesense.analytics;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Indicator lines aligned with bars: {@code t} holds the bar starts and every line holds one value per bar, null
 * before the indicator has enough bars.
 *
 * @param indicators by the normalised spec ({@code rsi(14)}), each a map of line name to values
 */
public record IndicatorSeries(String symbol, String interval, String timezone, Convention convention,
        List<Instant> t, Map<String, Map<String, List<Double>>> indicators) {
}
