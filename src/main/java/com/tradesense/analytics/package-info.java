/**
 * Analytics: what day traders look at, computed from the market data module's bars. Key levels (previous day, pre-market,
 * opening ranges, previous week and month, pivots, weekly EMAs, ATR range, swing zones), session VWAP with bands and
 * indicator series. Other modules read it through {@link com.tradesense.analytics.Analytics}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Analytics")
package com.tradesense.analytics;
