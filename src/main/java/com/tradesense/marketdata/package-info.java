/**
 * Market data: the instrument catalog, exchange calendars, the simulated exchange (the default provider), bar
 * history and live quotes. Every other module reads prices through {@link com.tradesense.marketdata.MarketData}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Market data")
package com.tradesense.marketdata;
