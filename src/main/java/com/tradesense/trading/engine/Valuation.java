package com.tradesense.trading.engine;

import java.math.BigDecimal;

/**
 * An account valued at the engine's marks.
 *
 * @param equity            cash + long market value - short market value
 * @param initialMargin     overnight (Reg T) margin of the positions held
 * @param maintenanceMargin maintenance margin of the positions held
 * @param reserved          buying power held by working orders
 * @param excess            what new exposure may still use: cash less reservations (cash accounts), or equity less
 *                          the current initial margin and reservations (margin accounts); never negative
 */
public record Valuation(Account account, BigDecimal equity, BigDecimal longMarketValue, BigDecimal shortMarketValue,
        BigDecimal initialMargin, BigDecimal maintenanceMargin, BigDecimal reserved, BigDecimal excess) {
}
