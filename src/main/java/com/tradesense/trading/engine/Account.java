package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import com.tradesense.trading.AccountType;

/** An account inside the engine: its cash, positions and the keys of orders already placed. */
public final class Account {

    public enum Status {
        ACTIVE, CLOSED
    }

    public final UUID id;
    public final UUID ownerId;
    public final AccountType type;
    public final String currency;
    public final int scale;
    public BigDecimal startingBalance;
    public BigDecimal cash;
    public BigDecimal realizedPnl;
    public BigDecimal feesPaid;
    /** Equity at the last session close (or the opening or reset since), the base of day P&L. */
    public BigDecimal lastEquity;
    /** The close (or opening or reset) {@code lastEquity} was taken at. */
    public Instant lastEquityAt;
    public Status status = Status.ACTIVE;
    public long ledgerSequence;
    /** Sorted so that every walk over positions (valuation, close-all) is deterministic. */
    public final Map<String, Position> positions = new TreeMap<>();
    /**
     * Client order ids ("c:" prefix) and Idempotency-Keys ("k:") to the order first placed with them: those of the
     * batch being applied, and those of stored orders its caller recalled for it ({@link Engine#recallOrderKey}).
     * Cleared after every batch ({@link Engine#forgetOrderKeys}), so memory does not grow with an account's history.
     */
    public final Map<String, UUID> orderKeys = new HashMap<>();
    public String name;
    /** The Idempotency-Key the account was opened with, if any. */
    public String openKey;
    public Instant createdAt;
    public Instant updatedAt;

    public Account(UUID id, UUID ownerId, AccountType type, String currency, BigDecimal startingBalance,
            BigDecimal cash, BigDecimal realizedPnl, BigDecimal feesPaid, BigDecimal lastEquity, long ledgerSequence) {
        this.id = id;
        this.ownerId = ownerId;
        this.type = type;
        this.currency = currency;
        this.scale = Money.scale(currency);
        this.startingBalance = startingBalance;
        this.cash = cash;
        this.realizedPnl = realizedPnl;
        this.feesPaid = feesPaid;
        this.lastEquity = lastEquity;
        this.ledgerSequence = ledgerSequence;
    }
}
