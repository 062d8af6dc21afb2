package com.tradesense.trading.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import com.tradesense.identity.UserId;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.TradingSessions;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.FieldViolation;
import com.tradesense.trading.AccountId;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.RoundTrip;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.TradingAccounts;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.MarketCloses;
import com.tradesense.trading.engine.MarketPrice;
import com.tradesense.trading.engine.Money;
import com.tradesense.trading.engine.Order;
import com.tradesense.trading.engine.OrderRule;
import com.tradesense.trading.engine.OrderRules;
import com.tradesense.trading.engine.OrderSpec;
import com.tradesense.trading.engine.Position;
import com.tradesense.trading.engine.Valuation;
import com.tradesense.trading.internal.TradingApi.AccountView;
import com.tradesense.trading.internal.TradingApi.AllocationSlice;
import com.tradesense.trading.internal.TradingApi.OrderRequest;
import com.tradesense.trading.internal.TradingApi.OrderView;
import com.tradesense.trading.internal.TradingApi.PerformanceView;
import com.tradesense.trading.internal.TradingApi.PortfolioView;
import com.tradesense.trading.internal.TradingApi.PositionView;
import com.tradesense.trading.internal.TradingApi.PreviewView;
import com.tradesense.trading.internal.TradingApi.ReplaceRequest;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** Accounts and orders for the API and the facade: validates, then hands the work to the account's partition. */
@Service
class TradingService implements TradingAccounts {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final EnginePartitions partitions;
    private final TradingRepository repository;
    private final Instruments instruments;
    private final MarketData marketData;
    private final TradingProperties properties;
    private final TradingSessions sessions;
    private final Clock clock;

    TradingService(EnginePartitions partitions, TradingRepository repository, Instruments instruments,
            MarketData marketData, TradingProperties properties, TradingSessions sessions, Clock clock) {
        this.partitions = partitions;
        this.repository = repository;
        this.instruments = instruments;
        this.marketData = marketData;
        this.properties = properties;
        this.sessions = sessions;
        this.clock = clock;
    }

    // ---- accounts ------------------------------------------------------------------------------------------------

    @Override
    public TradingAccount open(UserId owner, String name, AccountType type, String currency,
            BigDecimal startingBalance, String idempotencyKey) {
        return facadeView(openAccount(owner, name, type, currency, startingBalance, idempotencyKey), owner.value());
    }

    @Override
    public Optional<TradingAccount> find(AccountId id) {
        try {
            return Optional.of(partitions.call(id.value(), false, (engine, changes) -> facadeView(
                    accountView(engine, engine.account(id.value())), engine.account(id.value()).ownerId)));
        } catch (ApiException e) {
            if (e.status() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    AccountView openAccount(UserId owner, String name, AccountType type, String currency, BigDecimal startingBalance,
            String idempotencyKey) {
        if (name == null || name.isBlank() || name.length() > 60) {
            throw ApiException.badRequest("INVALID_NAME", "name", "name must be 1 to 60 characters");
        }
        if (!"USD".equals(currency) && !"MAD".equals(currency)) {
            throw ApiException.badRequest("INVALID_CURRENCY", "currency", "currency must be USD or MAD");
        }
        if (startingBalance == null || startingBalance.signum() <= 0
                || startingBalance.compareTo(properties.maxStartingBalance()) > 0
                || startingBalance.stripTrailingZeros().scale() > Money.scale(currency)) {
            throw ApiException.badRequest("INVALID_STARTING_BALANCE", "startingBalance", "startingBalance must be "
                    + "greater than 0 and at most " + properties.maxStartingBalance().toPlainString()
                    + " with at most " + Money.scale(currency) + " decimals");
        }
        if (idempotencyKey != null) {
            Optional<UUID> existing = repository.accountByKey(owner.value(), idempotencyKey);
            if (existing.isPresent()) {
                return account(owner, existing.get());
            }
        }
        Instant now = clock.instant();
        UUID id = Ids.v7(now);
        int scale = Money.scale(currency);
        Account account = new Account(id, owner.value(), type, currency, startingBalance.setScale(scale),
                BigDecimal.ZERO.setScale(scale), BigDecimal.ZERO.setScale(scale), BigDecimal.ZERO.setScale(scale),
                startingBalance.setScale(scale), 0);
        account.name = name.strip();
        account.openKey = idempotencyKey;
        account.createdAt = now;
        try {
            return partitions.call(id, true, (engine, changes) -> {
                engine.open(account, now, changes);
                return accountView(engine, account);
            });
        } catch (ApiException e) {
            if (idempotencyKey != null && e instanceof EnginePartitions.WriteFailure) {
                // a concurrent request with the same key won the unique constraint
                Optional<UUID> winner = repository.accountByKey(owner.value(), idempotencyKey);
                if (winner.isPresent()) {
                    return account(owner, winner.get());
                }
            }
            throw e;
        } catch (DuplicateKeyException e) {
            throw ApiException.conflict("DUPLICATE_ACCOUNT", "An account was opened with this Idempotency-Key.");
        }
    }

    List<AccountView> accounts(UserId owner) {
        List<AccountView> views = new ArrayList<>();
        for (UUID id : repository.accountIdsOf(owner.value())) {
            views.add(account(owner, id));
        }
        return views;
    }

    AccountView account(UserId owner, UUID accountId) {
        return partitions.call(accountId, false, (engine, changes) -> accountView(engine, owned(engine, accountId, owner)));
    }

    AccountView reset(UserId owner, UUID accountId) {
        return partitions.call(accountId, false, (engine, changes) -> {
            owned(engine, accountId, owner);
            engine.reset(accountId, clock.instant(), changes);
            return accountView(engine, engine.account(accountId));
        });
    }

    List<PositionView> positions(UserId owner, UUID accountId) {
        List<PositionView> views = partitions.call(accountId, false, (engine, changes) -> positionViews(engine,
                owned(engine, accountId, owner)));
        return views.stream().map(this::withDayPnl).toList();
    }

    /**
     * Day P&L of a position held since before its exchange's current trading day is against the previous close (the
     * quote's), else its P&L since it opened.
     */
    private PositionView withDayPnl(PositionView view) {
        if (view.currentPrice() == null) {
            return view;
        }
        Instant dayStart = instruments.find(view.symbol())
                .map(instrument -> MarketCloses.of(sessions, instrument.exchange()).previousDayClose(clock.instant()))
                .orElse(null);
        if (dayStart == null || !view.openedAt().isBefore(dayStart)) {
            return view;
        }
        BigDecimal prevClose = marketData.quote(view.symbol()).map(Quote::prevClose).orElse(null);
        if (prevClose == null) {
            return view;
        }
        BigDecimal signed = view.side() == com.tradesense.trading.PositionSide.LONG ? view.qty() : view.qty().negate();
        BigDecimal dayPnl = Money.round(signed.multiply(view.currentPrice().subtract(prevClose)), 2);
        return new PositionView(view.symbol(), view.assetClass(), view.sector(), view.side(), view.qty(),
                view.avgEntryPrice(), view.costBasis(), view.currentPrice(), view.marketValue(), view.unrealizedPnl(),
                view.unrealizedPnlPercent(), dayPnl, view.realizedPnl(), view.fees(), view.currency(), view.openedAt());
    }

    PortfolioView portfolio(UserId owner, UUID accountId) {
        record Snapshot(AccountView account, List<PositionView> positions) {
        }
        Snapshot snapshot = partitions.call(accountId, false, (engine, changes) -> {
            Account account = owned(engine, accountId, owner);
            return new Snapshot(accountView(engine, account), positionViews(engine, account));
        });
        Map<String, BigDecimal> byClass = new TreeMap<>();
        Map<String, BigDecimal> bySector = new TreeMap<>();
        for (PositionView p : snapshot.positions()) {
            byClass.merge(p.assetClass().name(), p.marketValue().abs(), BigDecimal::add);
            bySector.merge(p.sector() == null ? "Other" : p.sector(), p.marketValue().abs(), BigDecimal::add);
        }
        byClass.merge("CASH", snapshot.account().cash().max(BigDecimal.ZERO), BigDecimal::add);
        List<RoundTrip> trips = repository.roundTrips(accountId, snapshot.account().currency());
        return new PortfolioView(snapshot.account().currency(), snapshot.account().equity(), snapshot.account().cash(),
                slices(byClass), slices(bySector), performance(trips));
    }

    private static List<AllocationSlice> slices(Map<String, BigDecimal> values) {
        BigDecimal total = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        return values.entrySet().stream().sorted(Map.Entry.<String, BigDecimal>comparingByValue().reversed())
                .map(e -> new AllocationSlice(e.getKey(), Money.round(e.getValue(), 2), total.signum() == 0
                        ? BigDecimal.ZERO : e.getValue().multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_EVEN)))
                .toList();
    }

    /** Win rate, profit factor and averages over closed round trips, each judged net of its fees. */
    static PerformanceView performance(List<RoundTrip> trips) {
        int wins = 0;
        int losses = 0;
        BigDecimal grossWin = BigDecimal.ZERO;
        BigDecimal grossLoss = BigDecimal.ZERO;
        BigDecimal best = null;
        BigDecimal worst = null;
        BigDecimal fees = BigDecimal.ZERO;
        for (RoundTrip trip : trips) {
            BigDecimal net = trip.netPnl();
            fees = fees.add(trip.fees());
            if (net.signum() > 0) {
                wins++;
                grossWin = grossWin.add(net);
            } else if (net.signum() < 0) {
                losses++;
                grossLoss = grossLoss.add(net.negate());
            }
            best = best == null ? net : best.max(net);
            worst = worst == null ? net : worst.min(net);
        }
        int total = trips.size();
        return new PerformanceView(total, wins, losses,
                total == 0 ? null : BigDecimal.valueOf(wins).multiply(HUNDRED).divide(BigDecimal.valueOf(total), 2,
                        RoundingMode.HALF_EVEN),
                grossLoss.signum() == 0 ? null : grossWin.divide(grossLoss, 4, RoundingMode.HALF_EVEN),
                wins == 0 ? null : grossWin.divide(BigDecimal.valueOf(wins), 2, RoundingMode.HALF_EVEN),
                losses == 0 ? null : grossLoss.negate().divide(BigDecimal.valueOf(losses), 2, RoundingMode.HALF_EVEN),
                best, worst, grossWin.subtract(grossLoss), fees);
    }

    // ---- orders --------------------------------------------------------------------------------------------------

    OrderView place(UserId owner, UUID accountId, OrderRequest request, String idempotencyKey) {
        Instant now = clock.instant();
        OrderSpec spec = spec(request, Ids.v7(now), idempotencyKey);
        MarketPrice market = validate(spec);
        EnginePartitions.OrderKeys keys = new EnginePartitions.OrderKeys(spec.clientOrderId(), spec.idempotencyKey());
        Engine.Placed placed = partitions.place(accountId, keys, (engine, changes) -> {
            Account account = owned(engine, accountId, owner);
            sameCurrency(account, spec.instrument());
            Engine.Placed result = engine.place(accountId, spec, market, now, changes);
            // an immutable copy: the engine keeps changing its order after this returns
            return result.order() == null ? result : new Engine.Placed(snapshot(result.order()), null);
        });
        OrderView view = placed.duplicateOf() != null
                ? repository.order(accountId, placed.duplicateOf()).orElseThrow()
                : OrderView.of(placed.order());
        if (view.status() == OrderStatus.REJECTED) {
            throw ApiException.unprocessable(view.rejectReason().name(), "Order " + view.id() + " was rejected: "
                    + view.rejectReason() + ".");
        }
        return view;
    }

    PreviewView preview(UserId owner, UUID accountId, OrderRequest request) {
        OrderSpec spec = spec(request, UUID.randomUUID(), null);
        MarketPrice market = validate(spec);
        return partitions.call(accountId, false, (engine, changes) -> {
            Account account = owned(engine, accountId, owner);
            sameCurrency(account, spec.instrument());
            Engine.Preview preview = engine.preview(accountId, spec, market);
            BigDecimal cash = preview.notional() == null ? null : spec.side() == OrderSide.BUY
                    ? preview.notional().add(preview.fee().total()).negate()
                    : preview.notional().subtract(preview.fee().total());
            return new PreviewView(spec.symbol(), spec.side(), spec.quantity(), account.currency,
                    market == null ? null : market.session(), preview.price(), preview.notional(),
                    preview.fee() == null ? null : preview.fee().commission(),
                    preview.fee() == null ? null : preview.fee().regulatory(),
                    preview.fee() == null ? null : preview.fee().total(), cash, preview.required(),
                    Money.round(preview.available(), account.scale), preview.reason());
        });
    }

    OrderView replace(UserId owner, UUID accountId, UUID orderId, ReplaceRequest request) {
        Instant now = clock.instant();
        OrderView old = order(owner, accountId, orderId);
        if (!old.status().isOpen()) {
            throw ApiException.conflict("ORDER_NOT_OPEN", "Order " + orderId + " is " + old.status() + ".");
        }
        if (old.orderClass() != OrderClass.SIMPLE) {
            // legs are tied to their entry and sibling (quantities, OCO cancel); replacing one alone would cut them
            throw new ApiException(422, "REPLACE_NOT_SUPPORTED", "Orders of a " + old.orderClass() + " group cannot "
                    + "be replaced; cancel the group and place it again.", List.of(new FieldViolation("orderClass",
                            "replace applies to SIMPLE orders only")));
        }
        BigDecimal remaining = old.qty().subtract(old.filledQty());
        OrderRequest merged = new OrderRequest(old.symbol(), old.side(), old.type(), old.orderClass(),
                request.timeInForce() == null ? old.timeInForce() : request.timeInForce(), old.extendedHours(),
                request.qty() == null ? remaining : request.qty(),
                request.limitPrice() == null ? old.limitPrice() : request.limitPrice(),
                request.stopPrice() == null ? (old.type() == OrderType.TRAILING_STOP ? null : old.stopPrice())
                        : request.stopPrice(),
                request.trailPrice() == null ? old.trailPrice() : request.trailPrice(),
                request.trailPercent() == null ? old.trailPercent() : request.trailPercent(), null, null, null);
        OrderSpec spec = spec(merged, Ids.v7(now), null);
        MarketPrice market = validate(spec);
        Order replacement = partitions.call(accountId, false, (engine, changes) -> {
            owned(engine, accountId, owner);
            Order result = engine.replace(accountId, orderId, spec, market, now, changes);
            return result == null ? null : snapshot(result);
        });
        if (replacement == null) {
            throw ApiException.conflict("ORDER_NOT_OPEN", "Order " + orderId + " is no longer open.");
        }
        if (replacement.status == OrderStatus.REJECTED) {
            throw ApiException.unprocessable(replacement.rejectReason.name(), "The replacement was rejected: "
                    + replacement.rejectReason + "; the original order is unchanged.");
        }
        return OrderView.of(replacement);
    }

    OrderView cancel(UserId owner, UUID accountId, UUID orderId) {
        Order canceled = partitions.call(accountId, false, (engine, changes) -> {
            owned(engine, accountId, owner);
            Order order = engine.cancel(accountId, orderId, clock.instant(), changes);
            return order == null ? null : snapshot(order);
        });
        if (canceled == null) {
            OrderView existing = order(owner, accountId, orderId);
            throw ApiException.conflict("ORDER_NOT_OPEN", "Order " + orderId + " is " + existing.status() + ".");
        }
        return OrderView.of(canceled);
    }

    OrderView order(UserId owner, UUID accountId, UUID orderId) {
        account(owner, accountId);
        return repository.order(accountId, orderId).orElseThrow(() -> ApiException.notFound("ORDER_NOT_FOUND",
                "No such order in this account."));
    }

    /** Closes a position (all of it, cancelling the symbol's open orders first, or {@code quantity}) at market. */
    OrderView closePosition(UserId owner, UUID accountId, String symbol, BigDecimal quantity) {
        Instrument instrument = instruments.find(symbol).orElseThrow(() -> ApiException.notFound("POSITION_NOT_FOUND",
                "No position in " + symbol + "."));
        MarketPrice market = marketData.quote(instrument.symbol()).map(EnginePartitions::price).orElse(null);
        Instant now = clock.instant();
        UUID orderId = Ids.v7(now);
        Order order = partitions.call(accountId, false, (engine, changes) -> {
            Account account = owned(engine, accountId, owner);
            Order placed = closeAtMarket(engine, account, instrument, quantity, orderId, market, now, changes);
            return snapshot(placed);
        });
        if (order.status == OrderStatus.REJECTED) {
            throw ApiException.unprocessable(order.rejectReason.name(), "The closing order was rejected: "
                    + order.rejectReason + ".");
        }
        return OrderView.of(order);
    }

    List<OrderView> closeAll(UserId owner, UUID accountId) {
        Instant now = clock.instant();
        List<String> symbols = partitions.call(accountId, false, (engine, changes) ->
                List.copyOf(owned(engine, accountId, owner).positions.keySet()));
        Map<String, MarketPrice> prices = new TreeMap<>();
        for (String symbol : symbols) {
            marketData.quote(symbol).map(EnginePartitions::price).ifPresent(price -> prices.put(symbol, price));
        }
        return partitions.call(accountId, false, (engine, changes) -> {
            Account account = owned(engine, accountId, owner);
            List<OrderView> orders = new ArrayList<>();
            for (String symbol : List.copyOf(account.positions.keySet())) {
                Position position = account.positions.get(symbol);
                orders.add(OrderView.of(snapshot(closeAtMarket(engine, account, position.instrument, null,
                        Ids.v7(now), prices.get(symbol), now, changes))));
            }
            return orders;
        });
    }

    private static Order closeAtMarket(Engine engine, Account account, Instrument instrument, BigDecimal quantity,
            UUID orderId, MarketPrice market, Instant at, com.tradesense.trading.engine.Changes changes) {
        Position position = account.positions.get(instrument.symbol());
        if (position == null) {
            throw ApiException.notFound("POSITION_NOT_FOUND", "No position in " + instrument.symbol() + ".");
        }
        BigDecimal held = position.quantity.abs();
        if (quantity != null && (quantity.signum() <= 0 || quantity.compareTo(held) > 0
                || quantity.remainder(instrument.lotSize()).signum() != 0)) {
            throw ApiException.badRequest("INVALID_QUANTITY", "qty", "qty must be a positive multiple of the lot "
                    + "size and at most the position's " + held.toPlainString());
        }
        if (quantity == null || quantity.compareTo(held) == 0) {
            for (Order open : engine.ordersOf(account.id)) {
                if (open.symbol().equals(instrument.symbol()) && engine.openOrder(open.id) != null) {
                    engine.cancel(account.id, open.id, at, changes);
                }
            }
        }
        OrderSide side = position.quantity.signum() > 0 ? OrderSide.SELL : OrderSide.BUY;
        OrderSpec spec = new OrderSpec(orderId, null, null, instrument, side, OrderType.MARKET, OrderClass.SIMPLE,
                TimeInForce.DAY, false, quantity == null ? held : quantity, null, null, null, null, null, null, null);
        return engine.place(account.id, spec, market, at, changes).order();
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private OrderSpec spec(OrderRequest request, UUID orderId, String idempotencyKey) {
        Instrument instrument = instruments.find(request.symbol()).orElseThrow(() -> ApiException.badRequest(
                "UNKNOWN_SYMBOL", "symbol", "no instrument with symbol " + request.symbol()));
        if (!instrument.tradable() || !instrument.enabled()) {
            throw new ApiException(422, "NOT_TRADABLE", instrument.symbol() + " cannot be traded.",
                    List.of(new FieldViolation("symbol", instrument.symbol() + " is not tradable")));
        }
        return new OrderSpec(orderId, blankToNull(request.clientOrderId()), idempotencyKey, instrument,
                request.side(), request.type(), request.orderClass() == null ? OrderClass.SIMPLE : request.orderClass(),
                request.timeInForce() == null ? TimeInForce.DAY : request.timeInForce(),
                Boolean.TRUE.equals(request.extendedHours()), request.qty(), request.limitPrice(), request.stopPrice(),
                request.trailPrice(), request.trailPercent(),
                request.takeProfit() == null ? null : request.takeProfit().limitPrice(),
                request.stopLoss() == null ? null : request.stopLoss().stopPrice(),
                request.stopLoss() == null ? null : request.stopLoss().limitPrice());
    }

    /** Runs the order rules against the current quote; returns that quote as the engine's entry price. */
    private MarketPrice validate(OrderSpec spec) {
        MarketPrice market = marketData.quote(spec.symbol()).map(EnginePartitions::price).orElse(null);
        List<OrderRule.Violation> violations = OrderRules.check(spec, market);
        if (!violations.isEmpty()) {
            OrderRule.Violation first = violations.get(0);
            throw new ApiException(first.status(), first.code(), first.message(), violations.stream()
                    .map(v -> new FieldViolation(v.field(), v.message())).toList());
        }
        return market;
    }

    private static void sameCurrency(Account account, Instrument instrument) {
        if (!account.currency.equals(instrument.currency())) {
            throw new ApiException(422, "CURRENCY_MISMATCH", instrument.symbol() + " trades in "
                    + instrument.currency() + " and this account holds " + account.currency + ".",
                    List.of(new FieldViolation("symbol", "trades in " + instrument.currency())));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    static Account owned(Engine engine, UUID accountId, UserId owner) {
        Account account = engine.account(accountId);
        if (account == null || !account.ownerId.equals(owner.value())) {
            throw EnginePartitions.notFound();
        }
        return account;
    }

    /** A detached copy of an engine order, safe to read off the engine's thread. */
    private static Order snapshot(Order o) {
        Order copy = new Order(o.id, o.accountId, o.clientOrderId, o.idempotencyKey, o.instrument, o.side, o.type,
                o.orderClass, o.timeInForce, o.extendedHours, o.createdAt, o.parentId, o.leg);
        copy.quantity = o.quantity;
        copy.limitPrice = o.limitPrice;
        copy.stopPrice = o.stopPrice;
        copy.trailPrice = o.trailPrice;
        copy.trailPercent = o.trailPercent;
        copy.watermark = o.watermark;
        copy.triggered = o.triggered;
        copy.filledQuantity = o.filledQuantity;
        copy.filledNotional = o.filledNotional;
        copy.status = o.status;
        copy.rejectReason = o.rejectReason;
        copy.siblingId = o.siblingId;
        copy.replaces = o.replaces;
        copy.replacedBy = o.replacedBy;
        copy.updatedAt = o.updatedAt;
        copy.filledAt = o.filledAt;
        return copy;
    }

    AccountView accountView(Engine engine, Account account) {
        Valuation v = engine.value(account.id);
        int scale = account.scale;
        BigDecimal unrealized = BigDecimal.ZERO;
        for (Position position : account.positions.values()) {
            MarketPrice mark = engine.mark(position.symbol());
            if (mark != null) {
                unrealized = unrealized.add(position.unrealizedPnl(mark.last()));
            }
        }
        boolean margin = account.type == AccountType.MARGIN;
        BigDecimal excess = Money.round(v.excess(), scale);
        BigDecimal equity = Money.round(v.equity(), scale);
        return new AccountView(account.id, account.name, account.type, account.currency, account.status.name(),
                account.startingBalance, account.cash, equity, Money.round(v.longMarketValue(), scale),
                Money.round(v.shortMarketValue(), scale), margin ? excess.multiply(BigDecimal.valueOf(2)) : excess,
                margin ? excess.multiply(BigDecimal.valueOf(4)) : excess, excess,
                Money.round(v.initialMargin(), scale), Money.round(v.maintenanceMargin(), scale),
                Money.round(v.reserved(), scale), account.realizedPnl, Money.round(unrealized, scale),
                equity.subtract(account.lastEquity), account.lastEquity, account.feesPaid, account.positions.size(),
                (int) engine.ordersOf(account.id).stream().filter(o -> o.status != OrderStatus.HELD).count(),
                account.createdAt, clock.instant());
    }

    static List<PositionView> positionViews(Engine engine, Account account) {
        List<PositionView> views = new ArrayList<>();
        for (Position p : account.positions.values()) {
            MarketPrice mark = engine.mark(p.symbol());
            BigDecimal price = mark == null ? null : mark.last();
            BigDecimal value = price == null ? p.cost : p.marketValue(price);
            BigDecimal unrealized = price == null ? BigDecimal.ZERO : p.unrealizedPnl(price);
            BigDecimal percent = p.cost.signum() == 0 ? BigDecimal.ZERO
                    : unrealized.multiply(HUNDRED).divide(p.cost.abs(), 2, RoundingMode.HALF_EVEN);
            views.add(new PositionView(p.symbol(), p.instrument.assetClass(), p.instrument.sector(), p.side(),
                    p.quantity.abs(), p.averageEntryPrice(), p.cost.abs(), price, Money.round(value, account.scale),
                    Money.round(unrealized, account.scale), percent, Money.round(unrealized, account.scale),
                    p.realizedPnl, p.fees, account.currency, p.openedAt));
        }
        views.sort(Comparator.comparing(PositionView::symbol));
        return views;
    }

    private static TradingAccount facadeView(AccountView v, UUID owner) {
        return new TradingAccount(new AccountId(v.id()), new UserId(owner), v.name(), v.type(), v.currency(), v.startingBalance(),
                v.cash(), v.equity(), v.buyingPower(), v.realizedPnl(), v.unrealizedPnl(), v.feesPaid(),
                v.lastEquity(), v.status());
    }
}
