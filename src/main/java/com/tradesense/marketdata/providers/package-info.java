/**
 * Real market data providers behind the simulated exchange: Massive.com (Polygon.io) over REST and WebSocket, the
 * Yahoo Finance chart API and the Casablanca bourse's public JSON. Each adapter is a {@link
 * com.tradesense.marketdata.live.MarketFeed} for live data and a {@link HistoryProvider} / {@link QuoteProvider} for
 * REST reads; {@link ProviderGuard} puts a cache, a circuit breaker and retries in front of every REST call so a
 * failing provider answers with cached data marked stale. Nothing here is contacted unless configured.
 */
package com.tradesense.marketdata.providers;
