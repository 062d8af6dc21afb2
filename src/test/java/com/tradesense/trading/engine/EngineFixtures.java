package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;

/** Instruments, schedules and order builders shared by the engine tests and benchmarks. */
public final class EngineFixtures {

    public static final Instrument STOCK = new Instrument("AAPL", "Apple", "NASDAQ", AssetClass.STOCK, "USD",
            new BigDecimal("0.01"), BigDecimal.ONE, false, true, true, "Technology", null, "XNYS", true);
    public static final Instrument COIN = new Instrument("BTC-USD", "Bitcoin", "CRYPTO", AssetClass.CRYPTO, "USD",
            new BigDecimal("0.01"), new BigDecimal("0.0001"), true, true, false, "Crypto", null, "24x7", true);

    public static final FeeSchedule FEES = new FeeSchedule(Map.of(
            AssetClass.STOCK, new FeeSchedule.Rule(new BigDecimal("0.005"), BigDecimal.ZERO, new BigDecimal("1.00"),
                    BigDecimal.ONE, new BigDecimal("0.00278"), new BigDecimal("0.000166"), new BigDecimal("8.30")),
            AssetClass.CRYPTO, new FeeSchedule.Rule(BigDecimal.ZERO, new BigDecimal("0.25"), BigDecimal.ZERO,
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)));

    public static final FillModel FILLS = new FillModel(Map.of(
            AssetClass.STOCK, new FillModel.Liquidity(new BigDecimal("1000"), new BigDecimal("5")),
            AssetClass.CRYPTO, new FillModel.Liquidity(new BigDecimal("5"), new BigDecimal("10"))));

    private EngineFixtures() {
    }

    public static Engine engine(OpenOrders orders) {
        return new Engine(orders, FEES, FILLS, Engine.Discounts.NONE);
    }

    public static Account account(long id, AccountType type, String balance) {
        Account account = new Account(new UUID(0, id), new UUID(1, id), type, "USD", new BigDecimal(balance),
                BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), new BigDecimal(balance), 0);
        account.name = "test";
        return account;
    }

    public static MarketPrice price(Instrument instrument, String last, long lastSize) {
        BigDecimal mid = new BigDecimal(last);
        return new MarketPrice(instrument.symbol(), mid, mid.subtract(instrument.tickSize()),
                mid.add(instrument.tickSize()), lastSize, SessionPhase.OPEN, Instant.EPOCH);
    }

    public static OrderSpec order(long id, Instrument instrument, OrderSide side, OrderType type, String qty,
            String limit, String stop) {
        return new OrderSpec(new UUID(2, id), null, null, instrument, side, type, OrderClass.SIMPLE, TimeInForce.GTC,
                false, new BigDecimal(qty), limit == null ? null : new BigDecimal(limit),
                stop == null ? null : new BigDecimal(stop), null, null, null, null, null);
    }
}
