package com.tradesense.marketdata;

import java.math.BigDecimal;

/**
 * Something that can be quoted (and, unless it is an index, traded).
 *
 * @param symbol     unique ticker as users type it ({@code AAPL}, {@code BTC-USD}, {@code EUR/USD}, {@code ATW})
 * @param exchange   listing venue code ({@code NASDAQ}, {@code NYSE}, {@code BVC}, {@code CRYPTO}, {@code FX}, ...)
 * @param calendar   id of the trading calendar that governs its sessions ({@code XNYS}, {@code XCAS}, {@code 24x7}, {@code FX})
 * @param tickSize   smallest price increment
 * @param lotSize    smallest quantity increment (1 for whole shares, 0.0001 for fractional crypto)
 * @param fractional whether quantities below one unit are allowed
 * @param isin       ISIN where one exists (stocks, ETFs), else null
 */
public record Instrument(String symbol, String name, String exchange, AssetClass assetClass, String currency,
        BigDecimal tickSize, BigDecimal lotSize, boolean fractional, boolean tradable, boolean shortable,
        String sector, String isin, String calendar, boolean enabled) {
}
