package com.tradesense.analytics.engine;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param levelsRefresh how long computed levels are served before the intraday part (VWAP, opening ranges, pre-market)
 *                      is recomputed from the bars that formed since
 * @param cachedSymbols how many symbols' daily context (previous day/week/month, pivots, ATR, EMAs, swing zones,
 *                      computed once per session) are kept
 */
@ConfigurationProperties("tradesense.analytics")
public record AnalyticsProperties(@DefaultValue("1m") Duration levelsRefresh, @DefaultValue("2000") int cachedSymbols) {
}
