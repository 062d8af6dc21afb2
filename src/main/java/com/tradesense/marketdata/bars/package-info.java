/**
 * Bar history: aggregation of 1-minute bars into every chart interval (see
 * {@link com.tradesense.marketdata.bars.BarAggregator} for how windows align to exchange sessions), PostgreSQL storage
 * and the start-up backfill that keeps the history continuous with the simulated exchange.
 */
package com.tradesense.marketdata.bars;
