package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An immutable cash movement; an account's cash is the sum of its entries and {@code balanceAfter} the running sum.
 * Fill entries carry the execution so the activity history reads from the ledger alone.
 */
public record LedgerEntry(UUID accountId, long sequence, Kind kind, BigDecimal amount, BigDecimal balanceAfter,
        UUID orderId, UUID fillId, String symbol, com.tradesense.trading.OrderSide side, BigDecimal quantity,
        BigDecimal price, String description, Instant at) {

    public enum Kind {
        DEPOSIT, FILL, FEE, ADJUSTMENT, RESET
    }
}
