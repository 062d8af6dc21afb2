package com.tradesense.marketdata.catalog;

import java.math.BigDecimal;

/**
 * How an instrument typically trades, the seed of the simulated exchange's price process.
 *
 * @param referencePrice         a realistic recent price level in the instrument's currency
 * @param beta                   sensitivity to its home index (S&P 500, MASI, Bitcoin for crypto; 0 where none applies)
 * @param dailyVolatilityPercent typical standard deviation of daily returns; 1.5 means 1.5%
 */
public record MarketProfile(BigDecimal referencePrice, double beta, double dailyVolatilityPercent) {
}
