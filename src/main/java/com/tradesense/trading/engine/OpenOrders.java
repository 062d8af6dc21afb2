package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * The working orders of an engine (accepted or partially filled; held legs are not working) and the buying power
 * they hold. Two implementations share one contract test: {@link NaiveOpenOrders} scans everything,
 * {@link IndexedOpenOrders} indexes by symbol and keeps running totals. Both walk orders in the order added.
 */
public interface OpenOrders {

    void add(Order order);

    void remove(Order order);

    /** Sets an order's reservation (the order must be in this set). */
    void reserve(Order order, BigDecimal amount);

    /** The working orders of a symbol, a copy the caller may act on while it walks it. */
    List<Order> ofSymbol(String symbol);

    /** The working orders of an account and symbol, in the order added: read-only, valid until this set changes. */
    List<Order> ofAccountSymbol(UUID accountId, String symbol);

    BigDecimal reserved(UUID accountId);

    /** Whether any working order is on that symbol (ticks of other symbols are ignored). */
    boolean watches(String symbol);
}
