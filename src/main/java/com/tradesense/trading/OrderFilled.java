package com.tradesense.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.identity.UserId;

/**
 * A fill of an order, published in the transaction that made it durable.
 *
 * @param status the order's status after this fill (PARTIALLY_FILLED or FILLED)
 */
public record OrderFilled(AccountId accountId, UserId ownerId, UUID orderId, UUID fillId, String symbol,
        OrderSide side, BigDecimal quantity, BigDecimal price, BigDecimal fee, String currency,
        BigDecimal orderFilledQuantity, OrderStatus status, Instant filledAt) {
}
