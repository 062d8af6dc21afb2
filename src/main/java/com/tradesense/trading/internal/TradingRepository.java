package com.tradesense.trading.internal;

import static com.tradesense.platform.SqlTime.instant;
import static com.tradesense.platform.SqlTime.ts;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.PositionSide;
import com.tradesense.trading.RejectReason;
import com.tradesense.trading.RoundTrip;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Changes;
import com.tradesense.trading.engine.Fill;
import com.tradesense.trading.engine.LedgerEntry;
import com.tradesense.trading.engine.Order;
import com.tradesense.trading.engine.Position;
import com.tradesense.trading.internal.TradingApi.ActivityView;
import com.tradesense.trading.internal.TradingApi.FillView;
import com.tradesense.trading.internal.TradingApi.OrderView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The durable side of the engine: batch writes of {@link Changes} and the reads of history. */
@Repository
class TradingRepository {

    static final String OPEN_STATUSES = "('NEW', 'ACCEPTED', 'HELD', 'PARTIALLY_FILLED')";

    private final JdbcTemplate jdbcTemplate;
    private final JdbcClient jdbc;
    private final Instruments instruments;

    TradingRepository(JdbcTemplate jdbcTemplate, JdbcClient jdbc, Instruments instruments) {
        this.jdbcTemplate = jdbcTemplate;
        this.jdbc = jdbc;
        this.instruments = instruments;
    }

    // ---- writes (inside the writer's transaction) ----------------------------------------------------------------

    void write(Changes changes) {
        if (!changes.accounts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_accounts (id, owner_id, name, type, currency, starting_balance, cash,
                        realized_pnl, fees_paid, last_equity, last_equity_at, status, ledger_sequence,
                        idempotency_key, created_at, updated_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set starting_balance = excluded.starting_balance, cash = excluded.cash,
                        realized_pnl = excluded.realized_pnl, fees_paid = excluded.fees_paid,
                        last_equity = excluded.last_equity, last_equity_at = excluded.last_equity_at,
                        status = excluded.status,
                        ledger_sequence = excluded.ledger_sequence, updated_at = excluded.updated_at""",
                    changes.accounts.stream().map(a -> new Object[] {a.id, a.ownerId, a.name, a.type.name(),
                            a.currency, a.startingBalance, a.cash, a.realizedPnl, a.feesPaid, a.lastEquity,
                            ts(a.lastEquityAt), a.status.name(), a.ledgerSequence, a.openKey, ts(a.createdAt), ts(a.updatedAt)}).toList());
        }
        if (!changes.orders.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_orders (id, account_id, client_order_id, idempotency_key, symbol, side, type,
                        order_class, leg, time_in_force, extended_hours, quantity, limit_price, stop_price,
                        trail_price, trail_percent, watermark, triggered, filled_quantity, filled_notional, reserved,
                        opening_quantity, fill_count, status, reject_reason, parent_id, sibling_id, replaces,
                        replaced_by, created_at, updated_at, filled_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (id) do update set quantity = excluded.quantity, stop_price = excluded.stop_price,
                        watermark = excluded.watermark, triggered = excluded.triggered,
                        filled_quantity = excluded.filled_quantity, filled_notional = excluded.filled_notional,
                        reserved = excluded.reserved, opening_quantity = excluded.opening_quantity,
                        fill_count = excluded.fill_count, status = excluded.status,
                        reject_reason = excluded.reject_reason, sibling_id = excluded.sibling_id,
                        replaced_by = excluded.replaced_by, updated_at = excluded.updated_at,
                        filled_at = excluded.filled_at""",
                    changes.orders.stream().map(o -> new Object[] {o.id, o.accountId, o.clientOrderId,
                            o.idempotencyKey, o.symbol(), o.side.name(), o.type.name(), o.orderClass.name(),
                            o.leg == null ? null : o.leg.name(), o.timeInForce.name(), o.extendedHours, o.quantity,
                            o.limitPrice, o.stopPrice, o.trailPrice, o.trailPercent, o.watermark, o.triggered,
                            o.filledQuantity, o.filledNotional, o.reserved, o.openingQuantity, o.fillCount,
                            o.status.name(), o.rejectReason == null ? null : o.rejectReason.name(), o.parentId,
                            o.siblingId, o.replaces, o.replacedBy, ts(o.createdAt), ts(o.updatedAt),
                            ts(o.filledAt)}).toList());
        }
        if (!changes.fills.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_fills (id, order_id, account_id, symbol, side, quantity, price, notional,
                        commission, regulatory_fee, filled_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    changes.fills.stream().map(f -> new Object[] {f.id(), f.orderId(), f.accountId(), f.symbol(),
                            f.side().name(), f.quantity(), f.price(), f.notional(), f.commission(),
                            f.regulatoryFee(), ts(f.at())}).toList());
        }
        if (!changes.ledger.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_ledger (account_id, sequence, kind, amount, balance_after, order_id, fill_id,
                        symbol, side, quantity, price, description, created_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    changes.ledger.stream().map(e -> new Object[] {e.accountId(), e.sequence(), e.kind().name(),
                            e.amount(), e.balanceAfter(), e.orderId(), e.fillId(), e.symbol(),
                            e.side() == null ? null : e.side().name(), e.quantity(), e.price(), e.description(),
                            ts(e.at())}).toList());
        }
        writePositions(changes);
        if (!changes.roundTrips.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_round_trips (account_id, symbol, side, quantity, avg_entry_price,
                        avg_exit_price, realized_pnl, fees, opened_at, closed_at)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    changes.roundTrips.stream().map(c -> {
                        RoundTrip t = c.roundTrip();
                        return new Object[] {c.accountId(), t.symbol(), t.side().name(), t.quantity(),
                                t.avgEntryPrice(), t.avgExitPrice(), t.realizedPnl(), t.fees(), ts(t.openedAt()),
                                ts(t.closedAt())};
                    }).toList());
        }
    }

    private void writePositions(Changes changes) {
        List<Object[]> upserts = new ArrayList<>();
        List<Object[]> deletes = new ArrayList<>();
        Map<UUID, Account> byId = new java.util.HashMap<>();
        changes.accounts.forEach(a -> byId.put(a.id, a));
        for (Map.Entry<UUID, Set<String>> touched : changes.positions.entrySet()) {
            Account account = byId.get(touched.getKey());
            for (String symbol : touched.getValue()) {
                Position p = account.positions.get(symbol);
                if (p == null) {
                    deletes.add(new Object[] {account.id, symbol});
                } else {
                    upserts.add(new Object[] {account.id, symbol, p.quantity, p.cost, p.realizedPnl, p.fees,
                            p.peakQuantity, p.entryQuantity, p.entryNotional, p.exitQuantity, p.exitNotional,
                            ts(p.openedAt), ts(p.updatedAt)});
                }
            }
        }
        if (!deletes.isEmpty()) {
            jdbcTemplate.batchUpdate("delete from trading_positions where account_id = ? and symbol = ?", deletes);
        }
        if (!upserts.isEmpty()) {
            jdbcTemplate.batchUpdate("""
                    insert into trading_positions (account_id, symbol, quantity, cost, realized_pnl, fees,
                        peak_quantity, entry_quantity, entry_notional, exit_quantity, exit_notional, opened_at,
                        updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    on conflict (account_id, symbol) do update set quantity = excluded.quantity, cost = excluded.cost,
                        realized_pnl = excluded.realized_pnl, fees = excluded.fees,
                        peak_quantity = excluded.peak_quantity, entry_quantity = excluded.entry_quantity,
                        entry_notional = excluded.entry_notional, exit_quantity = excluded.exit_quantity,
                        exit_notional = excluded.exit_notional, opened_at = excluded.opened_at,
                        updated_at = excluded.updated_at""", upserts);
        }
    }

    // ---- loading the engine --------------------------------------------------------------------------------------

    List<UUID> activeAccountIds() {
        return jdbc.sql("select id from trading_accounts where status = 'ACTIVE' order by created_at")
                .query(UUID.class).list();
    }

    /** The account as the engine holds it, with its open orders; empty when it does not exist. */
    Optional<Loaded> load(UUID accountId) {
        Optional<Account> found = jdbc.sql("select * from trading_accounts where id = ?").param(accountId)
                .query((rs, n) -> account(rs)).optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Account account = found.get();
        jdbc.sql("select * from trading_positions where account_id = ? order by symbol").param(accountId)
                .query((rs, n) -> position(rs)).list().forEach(p -> account.positions.put(p.symbol(), p));
        List<Order> open = jdbc.sql("select * from trading_orders where account_id = ? and status in "
                + OPEN_STATUSES + " order by created_at, id").param(accountId).query((rs, n) -> order(rs)).list();
        return Optional.of(new Loaded(account, open));
    }

    record Loaded(Account account, List<Order> openOrders) {
    }

    /** A stored order's client order id and Idempotency-Key (either may be null). */
    record StoredKey(UUID accountId, UUID orderId, String clientOrderId, String idempotencyKey) {
    }

    /**
     * The stored orders of {@code accountIds} placed with one of these client order ids or Idempotency-Keys: one
     * query for a whole batch. It may return an order whose key was asked for another of the accounts; callers match
     * account and key.
     */
    List<StoredKey> storedKeys(Collection<UUID> accountIds, Collection<String> clientOrderIds,
            Collection<String> idempotencyKeys) {
        return jdbc.sql("""
                select account_id, id, client_order_id, idempotency_key from trading_orders
                where account_id in (:accounts) and (client_order_id in (:clientOrderIds)
                    or idempotency_key in (:idempotencyKeys))""")
                .param("accounts", accountIds).param("clientOrderIds", orNone(clientOrderIds))
                .param("idempotencyKeys", orNone(idempotencyKeys))
                .query((rs, n) -> new StoredKey(rs.getObject("account_id", UUID.class), rs.getObject("id", UUID.class),
                        rs.getString("client_order_id"), rs.getString("idempotency_key"))).list();
    }

    /** An IN list that matches nothing when there is nothing to match ({@code in ()} is not SQL). */
    private static Collection<String> orNone(Collection<String> values) {
        return values.isEmpty() ? Collections.singletonList(null) : values;
    }

    private Account account(ResultSet rs) throws SQLException {
        Account account = new Account(rs.getObject("id", UUID.class), rs.getObject("owner_id", UUID.class),
                AccountType.valueOf(rs.getString("type")), rs.getString("currency"),
                rs.getBigDecimal("starting_balance"), rs.getBigDecimal("cash"), rs.getBigDecimal("realized_pnl"),
                rs.getBigDecimal("fees_paid"), rs.getBigDecimal("last_equity"), rs.getLong("ledger_sequence"));
        account.status = Account.Status.valueOf(rs.getString("status"));
        account.name = rs.getString("name");
        account.openKey = rs.getString("idempotency_key");
        account.lastEquityAt = instant(rs, "last_equity_at");
        account.createdAt = instant(rs, "created_at");
        account.updatedAt = instant(rs, "updated_at");
        return account;
    }

    private Instrument instrument(String symbol) {
        return instruments.find(symbol).orElseThrow(() -> new IllegalStateException("instrument " + symbol
                + " of a stored position or order is gone from the catalog"));
    }

    private Position position(ResultSet rs) throws SQLException {
        Position p = new Position(instrument(rs.getString("symbol")));
        p.quantity = rs.getBigDecimal("quantity");
        p.cost = rs.getBigDecimal("cost");
        p.realizedPnl = rs.getBigDecimal("realized_pnl");
        p.fees = rs.getBigDecimal("fees");
        p.peakQuantity = rs.getBigDecimal("peak_quantity");
        p.entryQuantity = rs.getBigDecimal("entry_quantity");
        p.entryNotional = rs.getBigDecimal("entry_notional");
        p.exitQuantity = rs.getBigDecimal("exit_quantity");
        p.exitNotional = rs.getBigDecimal("exit_notional");
        p.openedAt = instant(rs, "opened_at");
        p.updatedAt = instant(rs, "updated_at");
        return p;
    }

    private Order order(ResultSet rs) throws SQLException {
        String leg = rs.getString("leg");
        Order o = new Order(rs.getObject("id", UUID.class), rs.getObject("account_id", UUID.class),
                rs.getString("client_order_id"), rs.getString("idempotency_key"), instrument(rs.getString("symbol")),
                OrderSide.valueOf(rs.getString("side")), OrderType.valueOf(rs.getString("type")),
                OrderClass.valueOf(rs.getString("order_class")), TimeInForce.valueOf(rs.getString("time_in_force")),
                rs.getBoolean("extended_hours"), instant(rs, "created_at"), rs.getObject("parent_id", UUID.class),
                leg == null ? null : Order.Leg.valueOf(leg));
        o.quantity = rs.getBigDecimal("quantity");
        o.limitPrice = rs.getBigDecimal("limit_price");
        o.stopPrice = rs.getBigDecimal("stop_price");
        o.trailPrice = rs.getBigDecimal("trail_price");
        o.trailPercent = rs.getBigDecimal("trail_percent");
        o.watermark = rs.getBigDecimal("watermark");
        o.triggered = rs.getBoolean("triggered");
        o.filledQuantity = rs.getBigDecimal("filled_quantity");
        o.filledNotional = rs.getBigDecimal("filled_notional");
        o.reserved = rs.getBigDecimal("reserved");
        o.openingQuantity = rs.getBigDecimal("opening_quantity");
        o.fillCount = rs.getInt("fill_count");
        o.status = OrderStatus.valueOf(rs.getString("status"));
        String reason = rs.getString("reject_reason");
        o.rejectReason = reason == null ? null : RejectReason.valueOf(reason);
        o.siblingId = rs.getObject("sibling_id", UUID.class);
        o.replaces = rs.getObject("replaces", UUID.class);
        o.replacedBy = rs.getObject("replaced_by", UUID.class);
        o.updatedAt = instant(rs, "updated_at");
        o.filledAt = instant(rs, "filled_at");
        return o;
    }

    // ---- history reads -------------------------------------------------------------------------------------------

    List<UUID> accountIdsOf(UUID ownerId) {
        return jdbc.sql("select id from trading_accounts where owner_id = ? order by created_at").param(ownerId)
                .query(UUID.class).list();
    }

    Optional<UUID> accountByKey(UUID ownerId, String key) {
        return jdbc.sql("select id from trading_accounts where owner_id = ? and idempotency_key = ?")
                .params(ownerId, key).query(UUID.class).optional();
    }

    Optional<OrderView> order(UUID accountId, UUID orderId) {
        return jdbc.sql("select * from trading_orders where account_id = ? and id = ?").params(accountId, orderId)
                .query((rs, n) -> OrderView.of(order(rs))).optional();
    }

    /** Orders newest first, filtered: {@code statuses} empty means all. */
    Page<OrderView> orders(UUID accountId, List<OrderStatus> statuses, String symbol, Instant from, Instant to,
            int limit, long offset) {
        StringBuilder where = new StringBuilder(" where account_id = :account");
        Map<String, Object> params = new java.util.HashMap<>();
        params.put("account", accountId);
        if (!statuses.isEmpty()) {
            where.append(" and status in (:statuses)");
            params.put("statuses", statuses.stream().map(Enum::name).toList());
        }
        if (symbol != null) {
            where.append(" and symbol = :symbol");
            params.put("symbol", symbol);
        }
        if (from != null) {
            where.append(" and created_at >= :from");
            params.put("from", ts(from));
        }
        if (to != null) {
            where.append(" and created_at < :to");
            params.put("to", ts(to));
        }
        long total = jdbc.sql("select count(*) from trading_orders" + where).params(params).query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<OrderView> items = jdbc.sql("select * from trading_orders" + where
                + " order by created_at desc, id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> OrderView.of(order(rs))).list();
        return new Page<>(items, total);
    }

    Page<FillView> fills(UUID accountId, String symbol, int limit, long offset) {
        String where = " where account_id = :account" + (symbol == null ? "" : " and symbol = :symbol");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("account", accountId));
        if (symbol != null) {
            params.put("symbol", symbol);
        }
        long total = jdbc.sql("select count(*) from trading_fills" + where).params(params).query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<FillView> items = jdbc.sql("select * from trading_fills" + where
                + " order by filled_at desc, id limit :limit offset :offset").params(params)
                .query((rs, n) -> new FillView(rs.getObject("id", UUID.class), rs.getObject("order_id", UUID.class),
                        rs.getString("symbol"), OrderSide.valueOf(rs.getString("side")), rs.getBigDecimal("quantity"),
                        rs.getBigDecimal("price"), rs.getBigDecimal("notional"), rs.getBigDecimal("commission"),
                        rs.getBigDecimal("regulatory_fee"), instant(rs, "filled_at"))).list();
        return new Page<>(items, total);
    }

    Page<ActivityView> activities(UUID accountId, List<LedgerEntry.Kind> kinds, Instant from, Instant to, int limit,
            long offset) {
        StringBuilder where = new StringBuilder(" where account_id = :account");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("account", accountId));
        if (!kinds.isEmpty()) {
            where.append(" and kind in (:kinds)");
            params.put("kinds", kinds.stream().map(Enum::name).toList());
        }
        if (from != null) {
            where.append(" and created_at >= :from");
            params.put("from", ts(from));
        }
        if (to != null) {
            where.append(" and created_at < :to");
            params.put("to", ts(to));
        }
        long total = jdbc.sql("select count(*) from trading_ledger" + where).params(params).query(Long.class).single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<ActivityView> items = jdbc.sql("select * from trading_ledger" + where
                + " order by sequence desc limit :limit offset :offset").params(params)
                .query((rs, n) -> new ActivityView(rs.getLong("sequence"), LedgerEntry.Kind.valueOf(rs.getString("kind")),
                        rs.getBigDecimal("amount"), rs.getBigDecimal("balance_after"),
                        rs.getObject("order_id", UUID.class), rs.getObject("fill_id", UUID.class),
                        rs.getString("symbol"), rs.getString("side") == null ? null : OrderSide.valueOf(rs.getString("side")),
                        rs.getBigDecimal("quantity"), rs.getBigDecimal("price"), rs.getString("description"),
                        instant(rs, "created_at"))).list();
        return new Page<>(items, total);
    }

    List<RoundTrip> roundTrips(UUID accountId, String currency) {
        return jdbc.sql("select * from trading_round_trips where account_id = ? order by closed_at, id")
                .param(accountId).query((rs, n) -> roundTrip(rs, currency)).list();
    }

    /** Closed round trips, newest first. */
    Page<RoundTrip> closedTrades(UUID accountId, String currency, String symbol, int limit, long offset) {
        String where = " where account_id = :account" + (symbol == null ? "" : " and symbol = :symbol");
        Map<String, Object> params = new java.util.HashMap<>(Map.of("account", accountId));
        if (symbol != null) {
            params.put("symbol", symbol);
        }
        long total = jdbc.sql("select count(*) from trading_round_trips" + where).params(params).query(Long.class)
                .single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<RoundTrip> items = jdbc.sql("select * from trading_round_trips" + where
                + " order by closed_at desc, id desc limit :limit offset :offset").params(params)
                .query((rs, n) -> roundTrip(rs, currency)).list();
        return new Page<>(items, total);
    }

    private static RoundTrip roundTrip(java.sql.ResultSet rs, String currency) throws java.sql.SQLException {
        return new RoundTrip(rs.getString("symbol"), PositionSide.valueOf(rs.getString("side")),
                rs.getBigDecimal("quantity"), rs.getBigDecimal("avg_entry_price"), rs.getBigDecimal("avg_exit_price"),
                rs.getBigDecimal("realized_pnl"), rs.getBigDecimal("fees"), currency, instant(rs, "opened_at"),
                instant(rs, "closed_at"));
    }

    record Page<T>(List<T> items, long total) {
    }
}
