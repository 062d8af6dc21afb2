package com.tradesense.analytics;

import java.time.Instant;
import java.util.List;

import com.tradesense.marketdata.Interval;

/** How other modules (coach, alerts, journal, scanner) read levels and indicators. */
public interface Analytics {

    /**
     * Key levels of a symbol as of an instant (null for now), with pivots of the given family.
     *
     * @throws com.tradesense.platform.ApiException 404 for an unknown symbol, 422 {@code NO_MARKET_DATA} without bars
     */
    KeyLevels levels(String symbol, Instant asOf, PivotType pivots);

    /**
     * Indicator series over the bars from {@code from} (inclusive) to {@code to} (exclusive), warmed up by the history before, specs as
     * the API takes them ({@code rsi(14)}, {@code macd(12,26,9)}, ...).
     *
     * @throws com.tradesense.platform.ApiException 400 naming a bad spec, 404 for an unknown symbol
     */
    IndicatorSeries indicators(String symbol, Interval interval, Instant from, Instant to, List<String> specs,
            Convention convention);
}
