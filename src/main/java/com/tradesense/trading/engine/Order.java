package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.marketdata.Instrument;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.RejectReason;
import com.tradesense.trading.TimeInForce;

/** An order inside the engine; mutated only by the engine's single writer. */
public final class Order {

    /** The part an order plays in a bracket, OTO or OCO group. */
    public enum Leg {
        ENTRY, TAKE_PROFIT, STOP_LOSS
    }

    public final UUID id;
    public final UUID accountId;
    public final String clientOrderId;
    public final String idempotencyKey;
    public final Instrument instrument;
    public final OrderSide side;
    public final OrderType type;
    public final OrderClass orderClass;
    public final TimeInForce timeInForce;
    public final boolean extendedHours;
    public final Instant createdAt;
    public final UUID parentId;
    public final Leg leg;
    public BigDecimal quantity;
    public BigDecimal limitPrice;
    public BigDecimal stopPrice;
    public BigDecimal trailPrice;
    public BigDecimal trailPercent;
    /** Highest (sell) or lowest (buy) trade price since a trailing stop was accepted. */
    public BigDecimal watermark;
    /** A stop whose trigger traded: it now behaves as a market (STOP, TRAILING_STOP) or limit (STOP_LIMIT) order. */
    public boolean triggered;
    public BigDecimal filledQuantity = BigDecimal.ZERO;
    /** Sum of quantity * price over fills, unrounded: the average fill price's numerator. */
    public BigDecimal filledNotional = BigDecimal.ZERO;
    /** Buying power held for the unfilled part. */
    public BigDecimal reserved = BigDecimal.ZERO;
    /** Units of this order that open or add to exposure (the rest reduces a position). */
    public BigDecimal openingQuantity = BigDecimal.ZERO;
    public OrderStatus status = OrderStatus.NEW;
    public RejectReason rejectReason;
    public UUID siblingId;
    public UUID replaces;
    public UUID replacedBy;
    public int fillCount;
    public Instant updatedAt;
    public Instant filledAt;
    /** Acceptance order inside the engine, so every index walks orders the same way. */
    public long sequence;

    public Order(UUID id, UUID accountId, String clientOrderId, String idempotencyKey, Instrument instrument,
            OrderSide side, OrderType type, OrderClass orderClass, TimeInForce timeInForce, boolean extendedHours,
            Instant createdAt, UUID parentId, Leg leg) {
        this.id = id;
        this.accountId = accountId;
        this.clientOrderId = clientOrderId;
        this.idempotencyKey = idempotencyKey;
        this.instrument = instrument;
        this.side = side;
        this.type = type;
        this.orderClass = orderClass;
        this.timeInForce = timeInForce;
        this.extendedHours = extendedHours;
        this.createdAt = createdAt;
        this.parentId = parentId;
        this.leg = leg;
        this.updatedAt = createdAt;
    }

    public String symbol() {
        return instrument.symbol();
    }

    public BigDecimal remaining() {
        return quantity.subtract(filledQuantity);
    }

    public BigDecimal averageFillPrice() {
        return Money.average(filledNotional, filledQuantity);
    }

    /** Stop price a trailing stop would trigger at, from its watermark. */
    public BigDecimal trailingStop(BigDecimal tickSize) {
        if (watermark == null) {
            return null;
        }
        BigDecimal offset = trailPrice != null ? trailPrice
                : watermark.multiply(trailPercent).divide(BigDecimal.valueOf(100));
        BigDecimal raw = side == OrderSide.SELL ? watermark.subtract(offset) : watermark.add(offset);
        return raw.divide(tickSize, 0, side == OrderSide.SELL ? java.math.RoundingMode.FLOOR
                : java.math.RoundingMode.CEILING).multiply(tickSize);
    }
}
