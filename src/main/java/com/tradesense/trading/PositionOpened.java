package com.tradesense.trading;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesense.identity.UserId;

/** A flat symbol got a position (also the new side of a position that flipped through zero). */
public record PositionOpened(AccountId accountId, UserId ownerId, String symbol, PositionSide side,
        BigDecimal quantity, BigDecimal price, String currency, Instant openedAt) {
}
