package com.tradesense.trading.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import com.tradesense.trading.RoundTrip;

/** What a batch of engine commands changed, for the persistence writer to make durable in one transaction. */
public final class Changes {

    public record ClosedTrip(UUID accountId, RoundTrip roundTrip) {
    }

    public final Set<Order> orders = new LinkedHashSet<>();
    public final List<Fill> fills = new ArrayList<>();
    public final List<LedgerEntry> ledger = new ArrayList<>();
    public final Set<Account> accounts = new LinkedHashSet<>();
    /** Symbols whose position changed, per account; a symbol no longer in the account's positions was closed. */
    public final Map<UUID, Set<String>> positions = new LinkedHashMap<>();
    public final List<ClosedTrip> roundTrips = new ArrayList<>();
    /** Module events ({@code OrderFilled}, ...) to publish in the same transaction. */
    public final List<Object> events = new ArrayList<>();

    void position(Account account, String symbol) {
        accounts.add(account);
        positions.computeIfAbsent(account.id, id -> new TreeSet<>()).add(symbol);
    }

    public boolean isEmpty() {
        return orders.isEmpty() && fills.isEmpty() && ledger.isEmpty() && accounts.isEmpty();
    }

    public void clear() {
        orders.clear();
        fills.clear();
        ledger.clear();
        accounts.clear();
        positions.clear();
        roundTrips.clear();
        events.clear();
    }
}
