package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.UUID;

import com.tradesense.marketdata.Instrument;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;

/**
 * An order as placed, its instrument resolved. For OCO, {@code limitPrice} is the take-profit and the stop-loss
 * fields are the other leg; for BRACKET and OTO the take-profit and stop-loss fields are the held exits.
 */
public record OrderSpec(UUID orderId, String clientOrderId, String idempotencyKey, Instrument instrument,
        OrderSide side, OrderType type, OrderClass orderClass, TimeInForce timeInForce, boolean extendedHours,
        BigDecimal quantity, BigDecimal limitPrice, BigDecimal stopPrice, BigDecimal trailPrice,
        BigDecimal trailPercent, BigDecimal takeProfitLimitPrice, BigDecimal stopLossStopPrice,
        BigDecimal stopLossLimitPrice) {

    public String symbol() {
        return instrument.symbol();
    }
}
