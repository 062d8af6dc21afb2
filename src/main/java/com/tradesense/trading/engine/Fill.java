package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.trading.OrderSide;

/** One execution; {@code notional} is quantity * price rounded to the account's minor unit, as the ledger books it. */
public record Fill(UUID id, UUID orderId, UUID accountId, String symbol, OrderSide side, BigDecimal quantity,
        BigDecimal price, BigDecimal notional, BigDecimal commission, BigDecimal regulatoryFee, Instant at) {
}
