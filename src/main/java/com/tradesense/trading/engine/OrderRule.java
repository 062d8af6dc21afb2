package com.tradesense.trading.engine;

import java.util.List;

/** One check of an order before it reaches the engine; adds what it finds wrong to {@code out}. */
public interface OrderRule {

    /**
     * A broken rule: 400 when the order is malformed in itself, 422 when it is well-formed but inconsistent with
     * the market (a buy stop below the last trade).
     */
    record Violation(int status, String code, String field, String message) {
    }

    /** @param market the symbol's price now, or null when it has none */
    void check(OrderSpec order, MarketPrice market, List<Violation> out);
}
