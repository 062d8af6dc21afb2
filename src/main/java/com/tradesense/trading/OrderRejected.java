package com.tradesense.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.identity.UserId;

/** The engine refused an order (or the unfilled rest of one) for a business reason. */
public record OrderRejected(AccountId accountId, UserId ownerId, UUID orderId, String symbol, OrderSide side,
        BigDecimal quantity, RejectReason reason, Instant rejectedAt) {
}
