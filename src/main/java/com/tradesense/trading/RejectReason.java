package com.tradesense.trading;

/** Why the engine refused an order; stable codes that clients and other modules may switch on. */
public enum RejectReason {
    INSUFFICIENT_BUYING_POWER, INSUFFICIENT_POSITION, SHORTING_NOT_ALLOWED, MARKET_CLOSED, NO_QUOTE, INVALID_PRICE,
    POSITION_LIMIT, ACCOUNT_INACTIVE
}
