package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The reference: one list, every question answered by a full scan. */
public final class NaiveOpenOrders implements OpenOrders {

    private final List<Order> orders = new ArrayList<>();

    @Override
    public void add(Order order) {
        orders.add(order);
    }

    @Override
    public void remove(Order order) {
        orders.remove(order);
    }

    @Override
    public void reserve(Order order, BigDecimal amount) {
        order.reserved = amount;
    }

    @Override
    public List<Order> ofSymbol(String symbol) {
        return orders.stream().filter(order -> order.symbol().equals(symbol)).toList();
    }

    @Override
    public List<Order> ofAccountSymbol(UUID accountId, String symbol) {
        return orders.stream().filter(order -> order.accountId.equals(accountId) && order.symbol().equals(symbol))
                .toList();
    }

    @Override
    public BigDecimal reserved(UUID accountId) {
        return orders.stream().filter(order -> order.accountId.equals(accountId)).map(order -> order.reserved)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Override
    public boolean watches(String symbol) {
        return orders.stream().anyMatch(order -> order.symbol().equals(symbol));
    }
}
