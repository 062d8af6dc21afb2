package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountId;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderFilled;
import com.tradesense.trading.OrderRejected;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.PositionClosed;
import com.tradesense.trading.PositionOpened;
import com.tradesense.trading.RejectReason;
import com.tradesense.trading.TimeInForce;

/**
 * The risk and matching core of one partition of accounts. Single-threaded by contract (one writer drives it), it
 * never reads a clock or a random source: every input carries its instant and ids, so replaying the same commands
 * reproduces the same state. Every change lands in the {@link Changes} passed in, for the caller to make durable.
 */
public final class Engine {

    /** The commission discount of an account's owner, in percent. */
    @FunctionalInterface
    public interface Discounts {

        Discounts NONE = (account, assetClass) -> BigDecimal.ZERO;

        BigDecimal percent(Account account, AssetClass assetClass);
    }

    /** The outcome of placing: the order (possibly REJECTED), or the id of the order a repeated key placed before. */
    public record Placed(Order order, UUID duplicateOf) {
    }

    private final OpenOrders working;
    private final FeeSchedule fees;
    private final FillModel fillModel;
    private final MarginPolicy margin = new MarginPolicy();
    private final Discounts discounts;
    private final PositionLimit positionLimit;
    private final Map<UUID, Account> accounts = new HashMap<>();
    /** Open orders by id, held legs included; insertion-ordered so walks over an account's orders are deterministic. */
    private final Map<UUID, Order> open = new LinkedHashMap<>();
    private final Map<String, MarketPrice> marks = new HashMap<>();
    /** Accounts holding order keys until {@link #forgetOrderKeys}. */
    private final Set<Account> remembering = new HashSet<>();
    private long sequence;

    public Engine(OpenOrders working, FeeSchedule fees, FillModel fillModel, Discounts discounts,
            PositionLimit positionLimit) {
        this.working = working;
        this.fees = fees;
        this.fillModel = fillModel;
        this.discounts = discounts;
        this.positionLimit = positionLimit;
    }

    // ---- accounts and reads --------------------------------------------------------------------------------------

    /** Takes over an account and its open orders as persisted (reservations included). */
    public void load(Account account, List<Order> openOrders) {
        accounts.put(account.id, account);
        for (Order order : openOrders) {
            order.sequence = ++sequence;
            open.put(order.id, order);
            if (order.status != OrderStatus.HELD) {
                working.add(order);
            }
        }
    }

    public void unload(UUID accountId) {
        accounts.remove(accountId);
        for (Order order : ordersOf(accountId)) {
            open.remove(order.id);
            working.remove(order);
        }
    }

    public Account account(UUID accountId) {
        return accounts.get(accountId);
    }

    public Iterable<Account> accounts() {
        return accounts.values();
    }

    public Order openOrder(UUID orderId) {
        return open.get(orderId);
    }

    public boolean watches(String symbol) {
        return working.watches(symbol);
    }

    public MarketPrice mark(String symbol) {
        return marks.get(symbol);
    }

    /** Open orders of an account (held legs included) in the order they were accepted. */
    public List<Order> ordersOf(UUID accountId) {
        List<Order> orders = new ArrayList<>();
        for (Order order : open.values()) {
            if (order.accountId.equals(accountId)) {
                orders.add(order);
            }
        }
        orders.sort(Comparator.comparingLong(order -> order.sequence));
        return orders;
    }

    /** The account valued at the engine's marks (a position without a mark is valued at its cost). */
    public Valuation value(UUID accountId) {
        Account account = accounts.get(accountId);
        BigDecimal longValue = BigDecimal.ZERO;
        BigDecimal shortValue = BigDecimal.ZERO;
        BigDecimal initial = BigDecimal.ZERO;
        BigDecimal overnight = BigDecimal.ZERO;
        BigDecimal maintenance = BigDecimal.ZERO;
        for (Position position : account.positions.values()) {
            MarketPrice mark = marks.get(position.symbol());
            BigDecimal value = mark == null ? position.cost : position.marketValue(mark.last());
            AssetClass assetClass = position.instrument.assetClass();
            if (value.signum() >= 0) {
                longValue = longValue.add(value);
            } else {
                shortValue = shortValue.add(value.negate());
            }
            BigDecimal exposure = value.abs();
            initial = initial.add(exposure.multiply(margin.initial(account.type, assetClass,
                    mark == null ? SessionPhase.CLOSED : mark.session())));
            overnight = overnight.add(exposure.multiply(margin.overnight(account.type, assetClass)));
            maintenance = maintenance.add(exposure.multiply(margin.maintenance(account.type, assetClass)));
        }
        BigDecimal equity = account.cash.add(longValue).subtract(shortValue);
        BigDecimal reserved = working.reserved(accountId);
        BigDecimal excess = account.type == AccountType.CASH ? account.cash.subtract(reserved)
                : equity.subtract(initial).subtract(reserved);
        return new Valuation(account, equity, longValue, shortValue, overnight, maintenance, reserved,
                excess.max(BigDecimal.ZERO));
    }

    /** What placing an order now would cost and whether the engine would take it; changes nothing. */
    public record Preview(BigDecimal price, BigDecimal notional, FeeSchedule.Fee fee, BigDecimal required,
            BigDecimal available, RejectReason reason) {
    }

    public Preview preview(UUID accountId, OrderSpec spec, MarketPrice market) {
        Account account = accounts.get(accountId);
        Order order = newOrder(account, spec, Instant.EPOCH, null, null);
        RejectReason reason = admit(account, order, market);
        order.openingQuantity = openingQuantity(account, order, order.quantity);
        BigDecimal required = reservation(account, order, market);
        BigDecimal price = estimatedPrice(order, market);
        BigDecimal available = value(accountId).excess();
        if (price == null) {
            return new Preview(null, null, null, required, available, reason);
        }
        AssetClass assetClass = spec.instrument().assetClass();
        FeeSchedule.Fee fee = fees.fee(assetClass, spec.side().sign(), spec.quantity(), price,
                discounts.percent(account, assetClass), account.scale);
        return new Preview(price, Money.round(spec.quantity().multiply(price), account.scale), fee, required,
                available, reason);
    }

    private BigDecimal estimatedPrice(Order order, MarketPrice market) {
        BigDecimal touch = market == null ? null : market.touch(order.side.sign());
        return switch (order.type) {
            case LIMIT, STOP_LIMIT -> order.limitPrice;
            case STOP -> order.stopPrice;
            case MARKET, TRAILING_STOP -> {
                if (touch == null) {
                    yield null;
                }
                AssetClass assetClass = order.instrument.assetClass();
                BigDecimal displayed = fillModel.displayed(assetClass, market.lastSize());
                yield fillModel.price(assetClass, order.side.sign(), touch, order.quantity.min(displayed), displayed,
                        order.instrument.tickSize());
            }
        };
    }

    // ---- commands ------------------------------------------------------------------------------------------------

    /**
     * Places an order. {@code market} is the symbol's price at entry, or null when it has none; a market order needs
     * one and an open session. Reject reasons are business refusals; malformed orders must not reach the engine.
     */
    public Placed place(UUID accountId, OrderSpec spec, MarketPrice market, Instant at, Changes out) {
        Account account = accounts.get(accountId);
        UUID duplicate = duplicate(account, spec);
        if (duplicate != null) {
            return new Placed(null, duplicate);
        }
        remember(account, spec);
        if (market != null) {
            marks.put(market.symbol(), market);
        }
        Order order = newOrder(account, spec, at, null, spec.orderClass() == OrderClass.OCO ? Order.Leg.TAKE_PROFIT
                : spec.orderClass() == OrderClass.SIMPLE ? null : Order.Leg.ENTRY);
        RejectReason reason = admit(account, order, market);
        if (reason != null) {
            reject(account, order, reason, at, out);
            return new Placed(order, null);
        }
        accept(order, market, at, out);
        addLegs(account, order, spec, at, out);
        work(account, order, market, at, out);
        return new Placed(order, null);
    }

    /**
     * Replaces a working simple order by a new one (the old one ends REPLACED), atomically: when the new order is
     * refused the old one stays as it was and nothing is recorded.
     *
     * @return the new order, REJECTED when refused (not recorded), or null when the old order is not replaceable
     */
    public Order replace(UUID accountId, UUID orderId, OrderSpec spec, MarketPrice market, Instant at, Changes out) {
        Order old = open.get(orderId);
        if (old == null || !old.accountId.equals(accountId) || old.status == OrderStatus.HELD
                || old.orderClass != OrderClass.SIMPLE) {
            return null;
        }
        Account account = accounts.get(accountId);
        if (market != null) {
            marks.put(market.symbol(), market);
        }
        // admitted as if the old order were gone (its reservation and the position it closes free), then put back
        // as it was: end() below takes it out with its reservation, and a refusal must leave it untouched
        working.remove(old);
        Order replacement = newOrder(account, spec, at, null, null);
        replacement.replaces = old.id;
        RejectReason reason = admit(account, replacement, market);
        working.add(old);
        if (reason != null) {
            replacement.status = OrderStatus.REJECTED;
            replacement.rejectReason = reason;
            return replacement;
        }
        remember(account, spec);
        old.replacedBy = replacement.id;
        end(old, OrderStatus.REPLACED, null, at, out);
        accept(replacement, market, at, out);
        work(account, replacement, market, at, out);
        return replacement;
    }

    /** Cancels an open order of the account (and its held legs or OCO sibling); null when it is not open. */
    public Order cancel(UUID accountId, UUID orderId, Instant at, Changes out) {
        Order order = open.get(orderId);
        if (order == null || !order.accountId.equals(accountId)) {
            return null;
        }
        end(order, OrderStatus.CANCELED, null, at, out);
        Order sibling = order.siblingId == null ? null : open.get(order.siblingId);
        if (sibling != null) {
            end(sibling, OrderStatus.CANCELED, null, at, out);
        }
        return order;
    }

    /** A new price of a symbol: marks it and works every order on it. */
    public void onPrice(MarketPrice price, Instant at, Changes out) {
        marks.put(price.symbol(), price);
        if (!working.watches(price.symbol())) {
            return;
        }
        for (Order order : working.ofSymbol(price.symbol())) {
            if (order.status.isOpen()) {
                execute(accounts.get(order.accountId), order, price, at, out);
            }
        }
    }

    /**
     * The symbol's exchange left its session: DAY orders end (EXPIRED) at the regular close, extended-hours DAY
     * orders when the after-hours session closes too.
     */
    public void sessionEnded(String symbol, SessionPhase now, Instant at, Changes out) {
        for (Order order : working.ofSymbol(symbol)) {
            if (order.status.isOpen() && order.timeInForce == TimeInForce.DAY
                    && (now == SessionPhase.CLOSED || !order.extendedHours)) {
                end(order, OrderStatus.EXPIRED, null, at, out);
            }
        }
    }

    /** Ends an open order as EXPIRED (a DAY order whose day ended while nobody watched); false when it is not open. */
    public boolean expire(UUID orderId, Instant at, Changes out) {
        Order order = open.get(orderId);
        if (order == null) {
            return false;
        }
        end(order, OrderStatus.EXPIRED, null, at, out);
        return true;
    }

    /**
     * A session close of the calendar accounts in {@code currency} follow: each such account not yet valued at this
     * close (or later) keeps its equity at the engine's marks as {@code lastEquity}, the start of the next day's P&L.
     */
    public void closeDay(String currency, Instant close, Changes out) {
        for (Account account : accounts.values()) {
            if (account.currency.equals(currency) && account.lastEquityAt.isBefore(close)) {
                account.lastEquity = Money.round(value(account.id).equity(), account.scale);
                account.lastEquityAt = close;
                out.accounts.add(account);
            }
        }
    }

    /** Back to the starting balance: open orders canceled, positions dropped, one RESET entry; history stays. */
    public void reset(UUID accountId, Instant at, Changes out) {
        Account account = accounts.get(accountId);
        List<Order> orders = ordersOf(accountId);
        // newest first: exit legs end before their entries, so no entry releases a leg into the market
        for (int i = orders.size() - 1; i >= 0; i--) {
            if (open.containsKey(orders.get(i).id)) {
                end(orders.get(i), OrderStatus.CANCELED, null, at, out);
            }
        }
        for (String symbol : account.positions.keySet()) {
            out.position(account, symbol);
        }
        account.positions.clear();
        BigDecimal adjustment = account.startingBalance.subtract(account.cash);
        account.realizedPnl = BigDecimal.ZERO;
        account.feesPaid = BigDecimal.ZERO;
        account.lastEquity = account.startingBalance;
        account.lastEquityAt = at;
        book(account, LedgerEntry.Kind.RESET, adjustment, null, null, "Reset to the starting balance", at, out);
    }

    /** Opens the engine's view of a brand-new account with its deposit. */
    public void open(Account account, Instant at, Changes out) {
        accounts.put(account.id, account);
        account.cash = BigDecimal.ZERO.setScale(account.scale);
        account.lastEquityAt = at;
        book(account, LedgerEntry.Kind.DEPOSIT, account.startingBalance, null, null, "Starting balance", at, out);
    }

    // ---- admission -----------------------------------------------------------------------------------------------

    private static UUID duplicate(Account account, OrderSpec spec) {
        if (spec.clientOrderId() != null && account.orderKeys.containsKey("c:" + spec.clientOrderId())) {
            return account.orderKeys.get("c:" + spec.clientOrderId());
        }
        if (spec.idempotencyKey() != null && account.orderKeys.containsKey("k:" + spec.idempotencyKey())) {
            return account.orderKeys.get("k:" + spec.idempotencyKey());
        }
        return null;
    }

    private void remember(Account account, OrderSpec spec) {
        remember(account, spec.clientOrderId(), spec.idempotencyKey(), spec.orderId());
    }

    private void remember(Account account, String clientOrderId, String idempotencyKey, UUID orderId) {
        if (clientOrderId != null) {
            account.orderKeys.put("c:" + clientOrderId, orderId);
            remembering.add(account);
        }
        if (idempotencyKey != null) {
            account.orderKeys.put("k:" + idempotencyKey, orderId);
            remembering.add(account);
        }
    }

    /**
     * A stored order's client order id and Idempotency-Key (either may be null), so that an order repeating one is
     * answered with it. The engine keeps no history of keys: its caller looks up the keys of the orders it is about
     * to place among the stored ones and recalls what it finds.
     */
    public void recallOrderKey(UUID accountId, String clientOrderId, String idempotencyKey, UUID orderId) {
        remember(accounts.get(accountId), clientOrderId, idempotencyKey, orderId);
    }

    /** Forgets every order key, once the orders placed with them are stored (where the next look-up finds them). */
    public void forgetOrderKeys() {
        for (Account account : remembering) {
            account.orderKeys.clear();
        }
        remembering.clear();
    }

    private Order newOrder(Account account, OrderSpec spec, Instant at, UUID parentId, Order.Leg leg) {
        Order order = new Order(spec.orderId(), account.id, spec.clientOrderId(), spec.idempotencyKey(),
                spec.instrument(), spec.side(), spec.type(), spec.orderClass(), spec.timeInForce(),
                spec.extendedHours(), at, parentId, leg);
        order.quantity = spec.quantity();
        order.limitPrice = spec.limitPrice();
        order.stopPrice = spec.stopPrice();
        order.trailPrice = spec.trailPrice();
        order.trailPercent = spec.trailPercent();
        return order;
    }

    /** Null when the order may be accepted, else why not. Changes nothing. */
    private RejectReason admit(Account account, Order order, MarketPrice market) {
        if (account.status != Account.Status.ACTIVE) {
            return RejectReason.ACCOUNT_INACTIVE;
        }
        boolean immediate = order.type == OrderType.MARKET || order.timeInForce == TimeInForce.IOC
                || order.timeInForce == TimeInForce.FOK;
        if (immediate && market == null) {
            return RejectReason.NO_QUOTE;
        }
        if (immediate && !sessionAllows(order, market.session())) {
            return RejectReason.MARKET_CLOSED;
        }
        BigDecimal opening = openingQuantity(account, order, order.quantity);
        if (opening.signum() > 0 && order.side == OrderSide.SELL) {
            if (account.type == AccountType.CASH) {
                Position position = account.positions.get(order.symbol());
                return position == null || position.quantity.signum() <= 0 ? RejectReason.SHORTING_NOT_ALLOWED
                        : RejectReason.INSUFFICIENT_POSITION;
            }
            if (!order.instrument.shortable()) {
                return RejectReason.SHORTING_NOT_ALLOWED;
            }
        }
        order.openingQuantity = opening;
        if (opening.signum() > 0 && positionLimit.exceeded(account.currency, sameSideUnits(account, order).add(opening),
                referencePrice(order, market == null ? marks.get(order.symbol()) : market))) {
            return RejectReason.POSITION_LIMIT;
        }
        BigDecimal needed = reservation(account, order, market);
        if (needed.compareTo(value(account.id).excess()) > 0) {
            return RejectReason.INSUFFICIENT_BUYING_POWER;
        }
        return null;
    }

    /**
     * Units of {@code quantity} that would open or add exposure: what is left after closing the opposite position,
     * less what other working orders of this side already close of it (one leg of an OCO pair counts).
     */
    private BigDecimal openingQuantity(Account account, Order order, BigDecimal quantity) {
        Position position = account.positions.get(order.symbol());
        BigDecimal closable = BigDecimal.ZERO;
        if (position != null && position.quantity.signum() == -order.side.sign()) {
            closable = position.quantity.abs();
            for (Order other : working.ofAccountSymbol(account.id, order.symbol())) {
                if (other != order && other.side == order.side && other.leg != Order.Leg.STOP_LOSS) {
                    closable = closable.subtract(other.remaining().subtract(other.openingQuantity));
                }
            }
        }
        return quantity.subtract(closable.max(BigDecimal.ZERO).min(quantity));
    }

    /** Units the symbol's position would have on the order's side if every other working order opened what it may. */
    private BigDecimal sameSideUnits(Account account, Order order) {
        Position position = account.positions.get(order.symbol());
        BigDecimal units = position != null && position.quantity.signum() == order.side.sign()
                ? position.quantity.abs() : BigDecimal.ZERO;
        for (Order other : working.ofAccountSymbol(account.id, order.symbol())) {
            if (other != order && other.side == order.side) {
                units = units.add(other.openingQuantity.min(other.remaining()));
            }
        }
        return units;
    }

    /** Buying power an order holds: its opening units at a cautious price times the margin rate, plus its fee. */
    private BigDecimal reservation(Account account, Order order, MarketPrice market) {
        BigDecimal opening = order.openingQuantity.min(order.remaining());
        if (opening.signum() <= 0) {
            return BigDecimal.ZERO;
        }
        AssetClass assetClass = order.instrument.assetClass();
        BigDecimal price = referencePrice(order, market == null ? marks.get(order.symbol()) : market);
        BigDecimal rate = margin.initial(account.type, assetClass, market == null ? SessionPhase.CLOSED
                : market.session());
        BigDecimal fee = fees.fee(assetClass, order.side.sign(), opening, price, BigDecimal.ZERO, account.scale)
                .total();
        return opening.multiply(price).multiply(rate).add(fee).setScale(account.scale, RoundingMode.CEILING);
    }

    private BigDecimal referencePrice(Order order, MarketPrice market) {
        BigDecimal buffer = BigDecimal.ONE.add(fillModel.maxImpact(order.instrument.assetClass()));
        BigDecimal last = market == null ? null : market.touch(order.side.sign());
        return switch (order.type) {
            case LIMIT, STOP_LIMIT -> order.limitPrice;
            case STOP -> (last == null ? order.stopPrice : order.stopPrice.max(last)).multiply(buffer);
            case MARKET -> last.multiply(buffer);
            case TRAILING_STOP -> {
                BigDecimal base = last == null ? BigDecimal.ZERO : last;
                BigDecimal offset = order.trailPrice != null ? order.trailPrice
                        : base.multiply(order.trailPercent).divide(BigDecimal.valueOf(100));
                yield base.add(offset).multiply(buffer);
            }
        };
    }

    private void accept(Order order, MarketPrice market, Instant at, Changes out) {
        order.status = OrderStatus.ACCEPTED;
        order.sequence = ++sequence;
        order.updatedAt = at;
        if (order.type == OrderType.TRAILING_STOP && market != null) {
            order.watermark = market.last();
            order.stopPrice = order.trailingStop(order.instrument.tickSize());
        }
        open.put(order.id, order);
        working.add(order);
        working.reserve(order, reservation(accounts.get(order.accountId), order, market));
        out.orders.add(order);
    }

    private void reject(Account account, Order order, RejectReason reason, Instant at, Changes out) {
        order.status = OrderStatus.REJECTED;
        order.rejectReason = reason;
        order.updatedAt = at;
        out.orders.add(order);
        out.events.add(new OrderRejected(new AccountId(account.id), new UserId(account.ownerId), order.id,
                order.symbol(), order.side, order.quantity, reason, at));
    }

    /** Bracket and OTO exits wait HELD for the entry; an OCO's stop-loss works beside its take-profit at once. */
    private void addLegs(Account account, Order parent, OrderSpec spec, Instant at, Changes out) {
        if (spec.orderClass() == OrderClass.SIMPLE) {
            return;
        }
        OrderSide exitSide = spec.orderClass() == OrderClass.OCO ? spec.side() : spec.side().opposite();
        Order takeProfit = null;
        if (spec.orderClass() != OrderClass.OCO && spec.takeProfitLimitPrice() != null) {
            takeProfit = leg(account, parent, "take-profit", exitSide, OrderType.LIMIT, Order.Leg.TAKE_PROFIT, at);
            takeProfit.limitPrice = spec.takeProfitLimitPrice();
        }
        Order stopLoss = null;
        if (spec.stopLossStopPrice() != null) {
            stopLoss = leg(account, parent, "stop-loss", exitSide,
                    spec.stopLossLimitPrice() == null ? OrderType.STOP : OrderType.STOP_LIMIT, Order.Leg.STOP_LOSS, at);
            stopLoss.stopPrice = spec.stopLossStopPrice();
            stopLoss.limitPrice = spec.stopLossLimitPrice();
        }
        if (spec.orderClass() == OrderClass.OCO) {
            parent.siblingId = stopLoss.id;
            stopLoss.siblingId = parent.id;
            stopLoss.openingQuantity = BigDecimal.ZERO;
            accept(stopLoss, null, at, out);
            return;
        }
        if (takeProfit != null && stopLoss != null) {
            takeProfit.siblingId = stopLoss.id;
            stopLoss.siblingId = takeProfit.id;
        }
        for (Order leg : new Order[] {takeProfit, stopLoss}) {
            if (leg != null) {
                leg.status = OrderStatus.HELD;
                leg.sequence = ++sequence;
                open.put(leg.id, leg);
                out.orders.add(leg);
            }
        }
    }

    private Order leg(Account account, Order parent, String role, OrderSide side, OrderType type, Order.Leg leg,
            Instant at) {
        UUID id = UUID.nameUUIDFromBytes((parent.id + "/" + role).getBytes(StandardCharsets.UTF_8));
        TimeInForce timeInForce = parent.timeInForce == TimeInForce.DAY ? TimeInForce.DAY : TimeInForce.GTC;
        Order order = new Order(id, account.id, null, null, parent.instrument, side, type, parent.orderClass,
                timeInForce, false, at, parent.orderClass == OrderClass.OCO ? null : parent.id, leg);
        order.quantity = parent.quantity;
        return order;
    }

    /** The first chance to fill, then the time in force: IOC keeps what filled, FOK all or nothing. */
    private void work(Account account, Order order, MarketPrice market, Instant at, Changes out) {
        boolean immediate = order.timeInForce == TimeInForce.IOC || order.timeInForce == TimeInForce.FOK;
        if (order.timeInForce == TimeInForce.FOK && !fillsWhole(order, market)) {
            end(order, OrderStatus.CANCELED, null, at, out);
            return;
        }
        if (market != null) {
            execute(account, order, market, at, out);
        }
        if (immediate && order.status.isOpen()) {
            end(order, OrderStatus.CANCELED, null, at, out);
        }
    }

    private boolean fillsWhole(Order order, MarketPrice market) {
        BigDecimal touch = market.touch(order.side.sign());
        if (touch == null || !marketable(order, touch)) {
            return false;
        }
        return order.quantity.compareTo(fillModel.displayed(order.instrument.assetClass(), market.lastSize())) <= 0;
    }

    // ---- execution -----------------------------------------------------------------------------------------------

    private static boolean sessionAllows(Order order, SessionPhase session) {
        return session == SessionPhase.OPEN
                || order.extendedHours && (session == SessionPhase.PRE_MARKET || session == SessionPhase.AFTER_HOURS);
    }

    private boolean marketable(Order order, BigDecimal touch) {
        BigDecimal limit = order.type == OrderType.LIMIT || order.type == OrderType.STOP_LIMIT ? order.limitPrice : null;
        return limit == null || (order.side == OrderSide.BUY ? touch.compareTo(limit) <= 0 : touch.compareTo(limit) >= 0);
    }

    /** Stops trigger on trades; trailing stops follow the best trade first. True when the order may now fill. */
    private boolean triggered(Order order, MarketPrice price, Changes out) {
        if (order.type == OrderType.MARKET || order.type == OrderType.LIMIT || order.triggered) {
            return true;
        }
        if (order.type == OrderType.TRAILING_STOP) {
            BigDecimal last = price.last();
            boolean better = order.watermark == null || (order.side == OrderSide.SELL
                    ? last.compareTo(order.watermark) > 0 : last.compareTo(order.watermark) < 0);
            if (better) {
                order.watermark = last;
                order.stopPrice = order.trailingStop(order.instrument.tickSize());
                out.orders.add(order);
            }
        }
        boolean hit = order.side == OrderSide.BUY ? price.last().compareTo(order.stopPrice) >= 0
                : price.last().compareTo(order.stopPrice) <= 0;
        if (hit) {
            order.triggered = true;
            out.orders.add(order);
        }
        return hit;
    }

    private void execute(Account account, Order order, MarketPrice price, Instant at, Changes out) {
        if (order.status == OrderStatus.HELD || !sessionAllows(order, price.session())
                || !triggered(order, price, out)) {
            return;
        }
        int sign = order.side.sign();
        BigDecimal touch = price.touch(sign);
        if (touch == null || touch.signum() <= 0 || !marketable(order, touch)) {
            return;
        }
        Instrument instrument = order.instrument;
        BigDecimal displayed = fillModel.displayed(instrument.assetClass(), price.lastSize());
        BigDecimal quantity = lots(order.remaining().min(displayed), instrument.lotSize());
        if (quantity.signum() <= 0) {
            return;
        }
        BigDecimal fillPrice = fillModel.price(instrument.assetClass(), sign, touch, quantity, displayed,
                instrument.tickSize());
        if (order.type == OrderType.LIMIT || order.type == OrderType.STOP_LIMIT) {
            fillPrice = sign > 0 ? fillPrice.min(order.limitPrice) : fillPrice.max(order.limitPrice);
        }
        quantity = affordable(account, order, quantity, fillPrice, price.session());
        if (quantity.signum() <= 0) {
            if (order.filledQuantity.signum() == 0) {
                end(order, OrderStatus.REJECTED, RejectReason.INSUFFICIENT_BUYING_POWER, at, out);
                out.events.add(new OrderRejected(new AccountId(account.id), new UserId(account.ownerId), order.id,
                        order.symbol(), order.side, order.quantity, RejectReason.INSUFFICIENT_BUYING_POWER, at));
            } else {
                end(order, OrderStatus.CANCELED, RejectReason.INSUFFICIENT_BUYING_POWER, at, out);
            }
            return;
        }
        fill(account, order, quantity, fillPrice, price, at, out);
    }

    /**
     * The largest part of {@code quantity} the account can pay for at {@code price} with this order's own
     * reservation released: a cash account never goes below what its other orders hold, a margin account keeps
     * the initial margin of what it opens. Reducing a position is always affordable in a margin account.
     */
    private BigDecimal affordable(Account account, Order order, BigDecimal quantity, BigDecimal price,
            SessionPhase session) {
        if (fits(account, order, quantity, price, session)) {
            return quantity;
        }
        BigDecimal closable = quantity.subtract(openingQuantity(account, order, quantity));
        BigDecimal rate = margin.initial(account.type, order.instrument.assetClass(), session);
        BigDecimal available = account.type == AccountType.CASH
                ? account.cash.subtract(working.reserved(account.id)).add(order.reserved)
                : value(account.id).excess().add(order.reserved);
        BigDecimal fee = fees.fee(order.instrument.assetClass(), order.side.sign(), quantity, price,
                discounts.percent(account, order.instrument.assetClass()), account.scale).total();
        BigDecimal more = available.subtract(fee).max(BigDecimal.ZERO)
                .divide(price.multiply(rate), Money.WORK_SCALE, RoundingMode.FLOOR);
        BigDecimal candidate = lots(quantity.min(closable.add(more)), order.instrument.lotSize());
        return candidate.signum() > 0 && fits(account, order, candidate, price, session) ? candidate : BigDecimal.ZERO;
    }

    private boolean fits(Account account, Order order, BigDecimal quantity, BigDecimal price, SessionPhase session) {
        AssetClass assetClass = order.instrument.assetClass();
        int sign = order.side.sign();
        BigDecimal fee = fees.fee(assetClass, sign, quantity, price, discounts.percent(account, assetClass),
                account.scale).total();
        BigDecimal notional = Money.round(quantity.multiply(price), account.scale);
        BigDecimal othersReserved = working.reserved(account.id).subtract(order.reserved);
        if (account.type == AccountType.CASH) {
            BigDecimal cashAfter = account.cash.subtract(notional.multiply(BigDecimal.valueOf(sign))).subtract(fee);
            return cashAfter.compareTo(othersReserved) >= 0;
        }
        BigDecimal opening = openingQuantity(account, order, quantity);
        if (opening.signum() == 0) {
            return true;
        }
        BigDecimal needed = opening.multiply(price).multiply(margin.initial(account.type, assetClass, session)).add(fee);
        return needed.compareTo(value(account.id).excess().add(order.reserved)) <= 0;
    }

    private static BigDecimal lots(BigDecimal quantity, BigDecimal lotSize) {
        return quantity.divide(lotSize, 0, RoundingMode.FLOOR).multiply(lotSize);
    }

    private void fill(Account account, Order order, BigDecimal quantity, BigDecimal price, MarketPrice market,
            Instant at, Changes out) {
        Instrument instrument = order.instrument;
        int sign = order.side.sign();
        FeeSchedule.Fee fee = fees.fee(instrument.assetClass(), sign, quantity, price,
                discounts.percent(account, instrument.assetClass()), account.scale);
        BigDecimal notional = Money.round(quantity.multiply(price), account.scale);
        UUID fillId = UUID.nameUUIDFromBytes((order.id + "/fill/" + (++order.fillCount))
                .getBytes(StandardCharsets.UTF_8));
        BigDecimal opening = openingQuantity(account, order, quantity);
        out.fills.add(new Fill(fillId, order.id, account.id, order.symbol(), order.side, quantity, price, notional,
                fee.commission(), fee.regulatory(), at));
        book(account, LedgerEntry.Kind.FILL, sign > 0 ? notional.negate() : notional, order, fillId,
                order.side + " " + quantity.stripTrailingZeros().toPlainString() + " " + order.symbol() + " @ "
                        + price.toPlainString(), at, out, quantity, price);
        if (fee.total().signum() > 0) {
            account.feesPaid = account.feesPaid.add(fee.total());
            book(account, LedgerEntry.Kind.FEE, fee.total().negate(), order, fillId,
                    "Commission " + fee.commission().toPlainString() + ", regulatory " + fee.regulatory().toPlainString(),
                    at, out);
        }
        Position position = account.positions.computeIfAbsent(order.symbol(), symbol -> new Position(instrument));
        Position.Applied applied = position.apply(sign, quantity, notional, fee.total(), at, account.scale,
                account.currency);
        account.realizedPnl = account.realizedPnl.add(applied.realized());
        AccountId accountId = new AccountId(account.id);
        UserId owner = new UserId(account.ownerId);
        if (applied.closed() != null) {
            out.roundTrips.add(new Changes.ClosedTrip(account.id, applied.closed()));
            out.events.add(new PositionClosed(accountId, owner, applied.closed()));
        }
        if (applied.opened()) {
            out.events.add(new PositionOpened(accountId, owner, order.symbol(), position.side(),
                    position.quantity.abs(), price, account.currency, at));
        }
        if (position.quantity.signum() == 0) {
            account.positions.remove(order.symbol());
        }
        out.position(account, order.symbol());

        order.filledQuantity = order.filledQuantity.add(quantity);
        order.filledNotional = order.filledNotional.add(quantity.multiply(price));
        order.openingQuantity = order.openingQuantity.subtract(opening).max(BigDecimal.ZERO);
        order.filledAt = at;
        order.updatedAt = at;
        boolean done = order.remaining().signum() == 0;
        order.status = done ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
        out.orders.add(order);
        out.events.add(new OrderFilled(accountId, owner, order.id, fillId, order.symbol(), order.side, quantity, price,
                fee.total(), account.currency, order.filledQuantity, order.status, at));
        if (done) {
            working.reserve(order, BigDecimal.ZERO);
            working.remove(order);
            open.remove(order.id);
            if (order.leg == Order.Leg.ENTRY) {
                releaseLegs(order, market, at, out);
            }
        } else {
            working.reserve(order, reservation(account, order, market));
        }
        Order sibling = order.siblingId == null ? null : open.get(order.siblingId);
        if (sibling != null) {
            if (done) {
                end(sibling, OrderStatus.CANCELED, null, at, out);
            } else {
                sibling.quantity = sibling.filledQuantity.add(order.remaining());
                out.orders.add(sibling);
            }
        }
    }

    /** An entry is done: its held exits start working for what it filled, or are canceled when nothing filled. */
    private void releaseLegs(Order entry, MarketPrice market, Instant at, Changes out) {
        List<Order> legs = new ArrayList<>(2);
        for (Order order : open.values()) {
            if (entry.id.equals(order.parentId) && order.status == OrderStatus.HELD) {
                legs.add(order);
            }
        }
        for (Order leg : legs) {
            if (entry.filledQuantity.signum() == 0) {
                end(leg, OrderStatus.CANCELED, null, at, out);
                continue;
            }
            leg.quantity = entry.filledQuantity;
            leg.openingQuantity = BigDecimal.ZERO;
            leg.status = OrderStatus.ACCEPTED;
            leg.updatedAt = at;
            working.add(leg);
            out.orders.add(leg);
        }
        if (market != null) {
            for (Order leg : legs) {
                if (leg.status.isOpen()) {
                    execute(accounts.get(leg.accountId), leg, market, at, out);
                }
            }
        }
    }

    /** Ends an open order: no longer working, its reservation released; an entry ending releases its legs. */
    private void end(Order order, OrderStatus status, RejectReason reason, Instant at, Changes out) {
        if (order.status != OrderStatus.HELD) {
            working.reserve(order, BigDecimal.ZERO);
            working.remove(order);
        }
        open.remove(order.id);
        order.status = status;
        order.rejectReason = reason;
        order.updatedAt = at;
        out.orders.add(order);
        if (order.leg == Order.Leg.ENTRY) {
            releaseLegs(order, marks.get(order.symbol()), at, out);
        }
    }

    private void book(Account account, LedgerEntry.Kind kind, BigDecimal amount, Order order, UUID fillId,
            String description, Instant at, Changes out) {
        book(account, kind, amount, order, fillId, description, at, out, null, null);
    }

    private void book(Account account, LedgerEntry.Kind kind, BigDecimal amount, Order order, UUID fillId,
            String description, Instant at, Changes out, BigDecimal quantity, BigDecimal price) {
        account.cash = account.cash.add(amount);
        account.updatedAt = at;
        out.ledger.add(new LedgerEntry(account.id, ++account.ledgerSequence, kind, amount, account.cash,
                order == null ? null : order.id, fillId, order == null ? null : order.symbol(),
                order == null ? null : order.side, quantity, price, description, at));
        out.accounts.add(account);
    }
}
