package com.tradesense.trading;

import java.math.BigDecimal;
import java.util.Optional;

import com.tradesense.identity.UserId;

/** How other modules (challenges) open and read paper trading accounts. */
public interface TradingAccounts {

    /**
     * Opens an account funded with {@code startingBalance} (one DEPOSIT ledger entry).
     *
     * @param idempotencyKey optional; the same key for the same owner returns the account opened first
     * @throws com.tradesense.platform.ApiException 400 naming the field for a bad name, currency or balance
     */
    TradingAccount open(UserId owner, String name, AccountType type, String currency, BigDecimal startingBalance,
            String idempotencyKey);

    /** The account valued at current prices, or empty when it does not exist. */
    Optional<TradingAccount> find(AccountId id);

    /**
     * An account and its values.
     *
     * @param equity     cash + long market value - short market value
     * @param lastEquity equity at the previous session close (the start of today's P&L)
     */
    record TradingAccount(AccountId id, UserId owner, String name, AccountType type, String currency,
            BigDecimal startingBalance, BigDecimal cash, BigDecimal equity, BigDecimal buyingPower,
            BigDecimal realizedPnl, BigDecimal unrealizedPnl, BigDecimal feesPaid, BigDecimal lastEquity,
            String status) {
    }
}
