package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;

/**
 * One account on an engine over the production order store, for behaviour tests: every command advances the engine's
 * instant by a second, and every order, fill and event the engine reports is kept for the test to look at.
 */
final class Desk {

    final Engine engine;
    final Account account;
    final Map<UUID, Order> orders = new LinkedHashMap<>();
    final List<Fill> fills = new ArrayList<>();
    final List<Object> events = new ArrayList<>();
    private Instant now = Instant.parse("2026-03-02T15:00:00Z");
    private long nextId = 1;

    Desk(AccountType type, String balance) {
        this(type, balance, EngineFixtures.engine(new IndexedOpenOrders()));
    }

    Desk(AccountType type, String balance, Engine engine) {
        this.engine = engine;
        this.account = EngineFixtures.account(1, type, balance);
        Changes changes = new Changes();
        engine.open(account, now, changes);
        collect(changes);
    }

    /** A fresh order id for {@link EngineFixtures#spec}. */
    long id() {
        return nextId++;
    }

    Order place(EngineFixtures.Spec spec, MarketPrice market) {
        return place(spec.build(), market);
    }

    Order place(OrderSpec spec, MarketPrice market) {
        Changes changes = new Changes();
        Order order = engine.place(account.id, spec, market, tick(), changes).order();
        collect(changes);
        return order;
    }

    Order replace(Order old, OrderSpec spec, MarketPrice market) {
        Changes changes = new Changes();
        Order order = engine.replace(account.id, old.id, spec, market, tick(), changes);
        collect(changes);
        return order;
    }

    Order cancel(Order order) {
        Changes changes = new Changes();
        Order canceled = engine.cancel(account.id, order.id, tick(), changes);
        collect(changes);
        return canceled;
    }

    void price(MarketPrice price) {
        Changes changes = new Changes();
        engine.onPrice(price, tick(), changes);
        collect(changes);
    }

    void sessionEnded(String symbol, SessionPhase now) {
        Changes changes = new Changes();
        engine.sessionEnded(symbol, now, tick(), changes);
        collect(changes);
    }

    /** The leg of a bracket, OTO or OCO group that plays {@code leg}. */
    Order leg(Order parent, Order.Leg leg) {
        return orders.values().stream().filter(o -> o != parent && o.leg == leg
                && (parent.id.equals(o.parentId) || parent.id.equals(o.siblingId))).findFirst().orElseThrow();
    }

    List<Fill> fillsOf(Order order) {
        return fills.stream().filter(fill -> fill.orderId().equals(order.id)).toList();
    }

    BigDecimal position(String symbol) {
        Position position = account.positions.get(symbol);
        return position == null ? BigDecimal.ZERO : position.quantity;
    }

    Valuation value() {
        return engine.value(account.id);
    }

    private Instant tick() {
        now = now.plusSeconds(1);
        return now;
    }

    private void collect(Changes changes) {
        changes.orders.forEach(order -> orders.put(order.id, order));
        fills.addAll(changes.fills);
        events.addAll(changes.events);
    }
}
