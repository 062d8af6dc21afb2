/**
 * Paper trading: simulated brokerage accounts with real order semantics filled against live market data, positions,
 * an immutable cash ledger and round trips. Other modules open accounts through
 * {@link com.tradesense.trading.TradingAccounts}, adjust commissions through
 * {@link com.tradesense.trading.CommissionDiscount} and listen to {@link com.tradesense.trading.OrderFilled},
 * {@link com.tradesense.trading.PositionOpened}, {@link com.tradesense.trading.PositionClosed} and
 * {@link com.tradesense.trading.OrderRejected}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Trading")
package com.tradesense.trading;
