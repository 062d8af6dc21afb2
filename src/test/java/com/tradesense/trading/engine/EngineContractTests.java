package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import com.tradesense.marketdata.Instrument;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One contract for both open-order stores: random order and price sequences (200 seeds drawn from a fixed master seed,
 * so a failure names its seed and reproduces) run through an
 * engine over {@link NaiveOpenOrders} and one over {@link IndexedOpenOrders}; both must end in the same state and,
 * after every step, keep the accounting invariants exact to the cent.
 */
class EngineContractTests {

    private static final Instrument[] INSTRUMENTS = {EngineFixtures.STOCK, EngineFixtures.COIN};

    static java.util.stream.LongStream seeds() {
        return new java.util.SplittableRandom(20261201).longs(200, 1, Long.MAX_VALUE);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void naiveAndIndexedEnginesAgreeAndTheBooksBalance(long seed) {
        String naive = run(seed, NaiveOpenOrders::new);
        String indexed = run(seed, IndexedOpenOrders::new);
        assertThat(indexed).isEqualTo(naive);
    }

    /** Runs the sequence the seed describes, checking invariants after each step; returns the final state. */
    private static String run(long seed, Supplier<OpenOrders> orders) {
        Random random = new Random(seed);
        Engine engine = EngineFixtures.engine(orders.get());
        Account cash = EngineFixtures.account(1, AccountType.CASH, "20000");
        Account margin = EngineFixtures.account(2, AccountType.MARGIN, "20000");
        Map<UUID, BigDecimal> ledger = new HashMap<>();
        Map<String, BigDecimal> filled = new HashMap<>();
        Map<String, BigDecimal> prices = new HashMap<>(Map.of("AAPL", new BigDecimal("200.00"), "BTC-USD",
                new BigDecimal("50000.00")));
        StringBuilder trace = new StringBuilder();
        Changes changes = new Changes();
        engine.open(cash, Instant.EPOCH, changes);
        engine.open(margin, Instant.EPOCH, changes);
        List<UUID> placed = new ArrayList<>();
        for (int step = 0; step < 60; step++) {
            Instant at = Instant.EPOCH.plusSeconds(step);
            Instrument instrument = INSTRUMENTS[random.nextInt(INSTRUMENTS.length)];
            int action = random.nextInt(10);
            if (action < 4) {
                BigDecimal move = BigDecimal.valueOf(random.nextInt(201) - 100, 2)
                        .multiply(instrument == EngineFixtures.COIN ? BigDecimal.valueOf(100) : BigDecimal.ONE);
                BigDecimal last = prices.get(instrument.symbol()).add(move).max(new BigDecimal("1.00"));
                prices.put(instrument.symbol(), last);
                engine.onPrice(EngineFixtures.price(instrument, last.toPlainString(), random.nextInt(3000)), at, changes);
            } else if (action < 9) {
                Account account = random.nextBoolean() ? cash : margin;
                OrderSide side = random.nextBoolean() ? OrderSide.BUY : OrderSide.SELL;
                OrderType type = OrderType.values()[random.nextInt(3)];
                BigDecimal last = prices.get(instrument.symbol());
                String qty = instrument == EngineFixtures.COIN ? BigDecimal.valueOf(random.nextInt(5000) + 1, 4)
                        .toPlainString() : Integer.toString(random.nextInt(40) + 1);
                BigDecimal offset = last.multiply(BigDecimal.valueOf(random.nextInt(3) + 1, 2)).setScale(2,
                        java.math.RoundingMode.DOWN);
                String limit = type == OrderType.LIMIT ? (side == OrderSide.BUY ? last.subtract(offset) : last.add(offset))
                        .toPlainString() : null;
                String stop = type == OrderType.STOP ? (side == OrderSide.BUY ? last.add(offset) : last.subtract(offset))
                        .toPlainString() : null;
                OrderSpec spec = EngineFixtures.order(step, instrument, side, type, qty, limit, stop);
                Engine.Placed result = engine.place(account.id, spec, EngineFixtures.price(instrument,
                        last.toPlainString(), 0), at, changes);
                placed.add(result.order().id);
                trace.append(result.order().status).append(result.order().rejectReason).append(';');
            } else if (!placed.isEmpty()) {
                UUID id = placed.get(random.nextInt(placed.size()));
                Order order = engine.openOrder(id);
                if (order != null && random.nextBoolean()) {
                    engine.cancel(order.accountId, id, at, changes);
                } else if (order != null && order.type != OrderType.MARKET) {
                    // the same order at a price one percent further from the market, for a new quantity
                    BigDecimal further = BigDecimal.valueOf(order.side == OrderSide.BUY ? 99 : 101, 2);
                    BigDecimal limit = order.limitPrice == null ? null : order.limitPrice.multiply(further)
                            .setScale(2, java.math.RoundingMode.DOWN);
                    BigDecimal stop = order.stopPrice == null ? null : order.stopPrice;
                    String qty = order.instrument == EngineFixtures.COIN ? "0.0100" : Integer.toString(
                            random.nextInt(40) + 1);
                    OrderSpec spec = EngineFixtures.order(1000 + step, order.instrument, order.side, order.type, qty,
                            limit == null ? null : limit.toPlainString(), stop == null ? null : stop.toPlainString());
                    Order replacement = engine.replace(order.accountId, id, spec, EngineFixtures.price(order.instrument,
                            prices.get(order.symbol()).toPlainString(), 0), at, changes);
                    if (replacement != null) {
                        placed.add(replacement.id);
                        trace.append("R").append(replacement.status).append(';');
                    }
                }
            }
            for (LedgerEntry entry : changes.ledger) {
                ledger.merge(entry.accountId(), entry.amount(), BigDecimal::add);
            }
            for (Fill fill : changes.fills) {
                filled.merge(fill.accountId() + fill.symbol(), fill.side() == OrderSide.BUY ? fill.quantity()
                        : fill.quantity().negate(), BigDecimal::add);
                trace.append(fill.symbol()).append(fill.side()).append(fill.quantity().toPlainString()).append('@')
                        .append(fill.price().toPlainString()).append(';');
            }
            changes.clear();
            for (Account account : List.of(cash, margin)) {
                checkInvariants(engine, account, ledger, filled);
            }
        }
        for (Account account : List.of(cash, margin)) {
            trace.append(account.cash.toPlainString()).append('/').append(account.realizedPnl.toPlainString())
                    .append('/').append(engine.value(account.id).reserved().stripTrailingZeros().toPlainString()).append(';');
        }
        return trace.toString();
    }

    private static void checkInvariants(Engine engine, Account account, Map<UUID, BigDecimal> ledger,
            Map<String, BigDecimal> filled) {
        assertThat(account.cash).as("cash equals the sum of the ledger").isEqualByComparingTo(ledger.get(account.id));
        assertThat(engine.value(account.id).reserved()).as("reserved equals what the open orders hold")
                .isEqualByComparingTo(engine.ordersOf(account.id).stream().map(order -> order.reserved)
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal marketValue = BigDecimal.ZERO;
        BigDecimal unrealized = BigDecimal.ZERO;
        for (Position position : account.positions.values()) {
            assertThat(position.quantity).as("position equals the sum of its fills")
                    .isEqualByComparingTo(filled.get(account.id + position.symbol()));
            BigDecimal mark = engine.mark(position.symbol()).last();
            marketValue = marketValue.add(position.marketValue(mark));
            unrealized = unrealized.add(position.unrealizedPnl(mark));
        }
        filled.forEach((key, quantity) -> {
            if (key.startsWith(account.id.toString()) && quantity.signum() != 0) {
                assertThat(account.positions.get(key.substring(account.id.toString().length()))).isNotNull();
            }
        });
        BigDecimal equity = account.cash.add(marketValue);
        assertThat(equity).as("equity = starting + realized + unrealized - fees").isEqualByComparingTo(
                account.startingBalance.add(account.realizedPnl).add(unrealized).subtract(account.feesPaid));
        if (account.type == AccountType.CASH) {
            assertThat(account.cash.signum()).as("a cash account never goes below zero").isNotNegative();
            assertThat(account.positions.values()).allSatisfy(p -> assertThat(p.quantity.signum()).isPositive());
        }
    }
}
