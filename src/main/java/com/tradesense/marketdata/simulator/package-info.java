/**
 * The simulated exchange, TradeSense's embedded market data provider. Plain Java, deterministic given a seed.
 * <p>
 * Price process: log returns are {@code beta * factor + idiosyncratic}, both Brownian with Poisson jumps; instruments
 * naming the same benchmark share the factor's draws. Per-minute variance follows an intraday U (two to four times
 * midday's at the open and close), extended hours carry little variance and volume, and a session that follows a
 * closed market opens with an overnight gap. The shares add up to the configured daily volatility close to close.
 * Prices are kept in ticks, so every price is on the instrument's tick.
 * <p>
 * Seeding: every minute draws from its own {@link java.util.SplittableRandom} seeded with
 * {@code mix(seed, symbol, epochMinute)} (and {@code mix(seed, benchmark, epochMinute)} for the factor), so a minute's
 * bar depends only on the seed, the calendar and the previous close. History generated in one go, in pieces, after
 * a restart or by the live {@link com.tradesense.marketdata.simulator.QuoteGenerator} is the same, bar for bar.
 */
package com.tradesense.marketdata.simulator;
