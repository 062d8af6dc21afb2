package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import com.tradesense.marketdata.Instrument;
import com.tradesense.trading.PositionSide;
import com.tradesense.trading.RoundTrip;

/**
 * A signed holding of one symbol. {@code cost} is the signed cash paid for what is held (negative for a short), kept
 * from the same rounded notionals the ledger books, so {@code cash + sum(quantity * mark) = starting + realized +
 * (sum(quantity * mark) - sum(cost)) - fees} holds exactly.
 */
public final class Position {

    public final Instrument instrument;
    public BigDecimal quantity = BigDecimal.ZERO;
    public BigDecimal cost = BigDecimal.ZERO;
    /** Realized P&L of the current round trip, gross of fees. */
    public BigDecimal realizedPnl = BigDecimal.ZERO;
    public BigDecimal fees = BigDecimal.ZERO;
    public BigDecimal peakQuantity = BigDecimal.ZERO;
    public BigDecimal entryQuantity = BigDecimal.ZERO;
    public BigDecimal entryNotional = BigDecimal.ZERO;
    public BigDecimal exitQuantity = BigDecimal.ZERO;
    public BigDecimal exitNotional = BigDecimal.ZERO;
    public Instant openedAt;
    public Instant updatedAt;

    public Position(Instrument instrument) {
        this.instrument = instrument;
    }

    public String symbol() {
        return instrument.symbol();
    }

    public PositionSide side() {
        return quantity.signum() >= 0 ? PositionSide.LONG : PositionSide.SHORT;
    }

    public BigDecimal averageEntryPrice() {
        return Money.average(cost, quantity);
    }

    public BigDecimal marketValue(BigDecimal mark) {
        return quantity.multiply(mark);
    }

    public BigDecimal unrealizedPnl(BigDecimal mark) {
        return quantity.multiply(mark).subtract(cost);
    }

    /**
     * What a fill did to the position.
     *
     * @param realized  P&L realized by the reducing part, gross of fees
     * @param closed    the round trip the fill completed, or null
     * @param opened    whether the fill opened a position from flat (after a flip too)
     */
    public record Applied(BigDecimal realized, RoundTrip closed, boolean opened) {
    }

    /**
     * Applies a fill of {@code quantity} units on side {@code sign} whose cash value is {@code notional} (already
     * rounded to the account's minor unit). The reducing part realizes against a pro-rata share of the cost; a fill
     * larger than the position closes it and opens the other side with the rest. The fee is charged to the round
     * trip the fill belongs to first (the closing one when it flips).
     */
    public Applied apply(int sign, BigDecimal quantity, BigDecimal notional, BigDecimal fee, Instant at, int scale,
            String currency) {
        BigDecimal held = this.quantity.abs();
        BigDecimal closing = this.quantity.signum() != 0 && this.quantity.signum() != sign ? quantity.min(held)
                : BigDecimal.ZERO;
        BigDecimal opening = quantity.subtract(closing);
        BigDecimal closingNotional = closing.signum() == 0 ? BigDecimal.ZERO
                : opening.signum() == 0 ? notional
                : notional.multiply(closing).divide(quantity, scale, RoundingMode.HALF_EVEN);
        BigDecimal openingNotional = notional.subtract(closingNotional);
        fees = fees.add(fee);
        updatedAt = at;
        BigDecimal realized = BigDecimal.ZERO;
        RoundTrip closed = null;
        if (closing.signum() > 0) {
            int heldSign = this.quantity.signum();
            BigDecimal costRemoved = closing.compareTo(held) == 0 ? cost
                    : cost.multiply(closing).divide(held, scale, RoundingMode.HALF_EVEN);
            BigDecimal proceeds = heldSign > 0 ? closingNotional : closingNotional.negate();
            realized = proceeds.subtract(costRemoved);
            this.quantity = this.quantity.subtract(BigDecimal.valueOf(heldSign).multiply(closing));
            cost = cost.subtract(costRemoved);
            realizedPnl = realizedPnl.add(realized);
            exitQuantity = exitQuantity.add(closing);
            exitNotional = exitNotional.add(closingNotional);
            if (this.quantity.signum() == 0) {
                closed = new RoundTrip(symbol(), heldSign > 0 ? PositionSide.LONG : PositionSide.SHORT, peakQuantity,
                        Money.average(entryNotional, entryQuantity), Money.average(exitNotional, exitQuantity),
                        realizedPnl, fees, currency, openedAt, at);
                realizedPnl = BigDecimal.ZERO;
                fees = BigDecimal.ZERO;
                peakQuantity = BigDecimal.ZERO;
                entryQuantity = BigDecimal.ZERO;
                entryNotional = BigDecimal.ZERO;
                exitQuantity = BigDecimal.ZERO;
                exitNotional = BigDecimal.ZERO;
            }
        }
        boolean opened = false;
        if (opening.signum() > 0) {
            if (this.quantity.signum() == 0) {
                openedAt = at;
                opened = true;
            }
            this.quantity = this.quantity.add(BigDecimal.valueOf(sign).multiply(opening));
            cost = cost.add(sign > 0 ? openingNotional : openingNotional.negate());
            entryQuantity = entryQuantity.add(opening);
            entryNotional = entryNotional.add(openingNotional);
            peakQuantity = peakQuantity.max(this.quantity.abs());
        }
        return new Applied(realized, closed, opened);
    }
}
