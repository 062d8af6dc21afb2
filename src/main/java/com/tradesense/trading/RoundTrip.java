package com.tradesense.trading;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A position from open to flat.
 *
 * @param quantity      largest absolute size the position reached
 * @param avgEntryPrice average price of the fills that opened or added to it
 * @param avgExitPrice  average price of the fills that reduced it
 * @param realizedPnl   gross of fees
 * @param fees          commissions and regulatory fees of every fill of the round trip
 */
public record RoundTrip(String symbol, PositionSide side, BigDecimal quantity, BigDecimal avgEntryPrice,
        BigDecimal avgExitPrice, BigDecimal realizedPnl, BigDecimal fees, String currency, Instant openedAt,
        Instant closedAt) {

    public BigDecimal netPnl() {
        return realizedPnl.subtract(fees);
    }
}
