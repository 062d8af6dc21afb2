package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Orders indexed by symbol and by account and symbol, with each account's reserved total kept as orders change. */
public final class IndexedOpenOrders implements OpenOrders {

    private static final List<Order> NONE = List.of();

    private final Map<String, List<Order>> bySymbol = new HashMap<>();
    private final Map<UUID, Map<String, List<Order>>> byAccount = new HashMap<>();
    private final Map<UUID, BigDecimal> reserved = new HashMap<>();

    @Override
    public void add(Order order) {
        bySymbol.computeIfAbsent(order.symbol(), s -> new ArrayList<>()).add(order);
        byAccount.computeIfAbsent(order.accountId, a -> new HashMap<>())
                .computeIfAbsent(order.symbol(), s -> new ArrayList<>()).add(order);
        reserved.merge(order.accountId, order.reserved, BigDecimal::add);
    }

    @Override
    public void remove(Order order) {
        List<Order> symbolOrders = bySymbol.get(order.symbol());
        if (symbolOrders == null || !symbolOrders.remove(order)) {
            return;
        }
        if (symbolOrders.isEmpty()) {
            bySymbol.remove(order.symbol());
        }
        Map<String, List<Order>> accountOrders = byAccount.get(order.accountId);
        List<Order> accountSymbolOrders = accountOrders.get(order.symbol());
        accountSymbolOrders.remove(order);
        if (accountSymbolOrders.isEmpty()) {
            accountOrders.remove(order.symbol());
        }
        if (accountOrders.isEmpty()) {
            byAccount.remove(order.accountId);
            reserved.remove(order.accountId);
        } else {
            reserved.merge(order.accountId, order.reserved.negate(), BigDecimal::add);
        }
    }

    @Override
    public void reserve(Order order, BigDecimal amount) {
        reserved.merge(order.accountId, amount.subtract(order.reserved), BigDecimal::add);
        order.reserved = amount;
    }

    @Override
    public List<Order> ofSymbol(String symbol) {
        List<Order> orders = bySymbol.get(symbol);
        return orders == null ? NONE : List.copyOf(orders);
    }

    @Override
    public List<Order> ofAccountSymbol(UUID accountId, String symbol) {
        List<Order> orders = byAccount.getOrDefault(accountId, Map.of()).get(symbol);
        // a view, not a copy: the risk check sums over it on every order (a copy was half of the engine's garbage)
        return orders == null ? NONE : Collections.unmodifiableList(orders);
    }

    @Override
    public BigDecimal reserved(UUID accountId) {
        return reserved.getOrDefault(accountId, BigDecimal.ZERO);
    }

    @Override
    public boolean watches(String symbol) {
        return bySymbol.containsKey(symbol);
    }
}
