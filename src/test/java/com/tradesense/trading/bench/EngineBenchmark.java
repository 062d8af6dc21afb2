package com.tradesense.trading.bench;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Changes;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.EngineFixtures;
import com.tradesense.trading.engine.IndexedOpenOrders;
import com.tradesense.trading.engine.MarketPrice;
import com.tradesense.trading.engine.OrderSpec;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-memory risk check and matching of one engine partition (no persistence): a market buy that passes the
 * buying-power check and fills, alternating with the sell that flattens it, on an account that also has 100
 * resting limit orders on the symbol.
 */
@State(Scope.Thread)
@BenchmarkMode({Mode.Throughput, Mode.SampleTime})
@OutputTimeUnit(TimeUnit.MICROSECONDS)
// A fixed, pre-touched heap: first touches of heap pages are slow on this VM and made iterations swing up to 30x.
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
public class EngineBenchmark {

    private Engine engine;
    private Account account;
    private MarketPrice price;
    private Changes changes;
    private long sequence;

    @Setup(Level.Trial)
    public void setUp() {
        engine = EngineFixtures.engine(new IndexedOpenOrders());
        account = EngineFixtures.account(1, AccountType.MARGIN, "100000000");
        changes = new Changes();
        engine.open(account, Instant.EPOCH, changes);
        price = EngineFixtures.price(EngineFixtures.STOCK, "200.00", 0);
        for (int i = 0; i < 100; i++) {
            engine.place(account.id, spec(OrderSide.BUY, OrderType.LIMIT, "150.00"), price, Instant.EPOCH, changes);
        }
        changes.clear();
    }

    private OrderSpec spec(OrderSide side, OrderType type, String limit) {
        return new OrderSpec(new UUID(7, ++sequence), null, null, EngineFixtures.STOCK, side, type, OrderClass.SIMPLE,
                TimeInForce.DAY, false, java.math.BigDecimal.TEN, limit == null ? null : new java.math.BigDecimal(limit),
                null, null, null, null, null, null);
    }

    @Benchmark
    public Object marketOrderRiskCheckAndFill() {
        OrderSide side = (sequence & 1) == 0 ? OrderSide.BUY : OrderSide.SELL;
        Engine.Placed placed = engine.place(account.id, spec(side, OrderType.MARKET, null), price, Instant.EPOCH,
                changes);
        changes.clear();
        return placed;
    }

    @Benchmark
    public Object priceTickOverRestingOrders() {
        engine.onPrice(price, Instant.EPOCH, changes);
        changes.clear();
        return changes;
    }
}
