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
        return new Engine(orders, FEES, FILLS, Engine.Discounts.NONE, PositionLimit.NONE);
    }

    public static Account account(long id, AccountType type, String balance) {
        Account account = new Account(new UUID(0, id), new UUID(1, id), type, "USD", new BigDecimal(balance),
                BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2), new BigDecimal(balance), 0);
        account.name = "test";
        return account;
    }

    public static MarketPrice price(Instrument instrument, String last, long lastSize) {
        return price(instrument, last, lastSize, SessionPhase.OPEN);
    }

    /** A price with the bid one tick below and the ask one tick above {@code last}. */
    public static MarketPrice price(Instrument instrument, String last, long lastSize, SessionPhase session) {
        BigDecimal mid = new BigDecimal(last);
        return new MarketPrice(instrument.symbol(), mid, mid.subtract(instrument.tickSize()),
                mid.add(instrument.tickSize()), lastSize, session, Instant.EPOCH);
    }

    public static OrderSpec order(long id, Instrument instrument, OrderSide side, OrderType type, String qty,
            String limit, String stop) {
        return new OrderSpec(new UUID(2, id), null, null, instrument, side, type, OrderClass.SIMPLE, TimeInForce.GTC,
                false, new BigDecimal(qty), limit == null ? null : new BigDecimal(limit),
                stop == null ? null : new BigDecimal(stop), null, null, null, null, null);
    }

    /** A GTC simple order to shape further; prices as strings so tests read like tickets. */
    public static Spec spec(long id, Instrument instrument, OrderSide side, OrderType type, String qty) {
        return new Spec(id, instrument, side, type, qty);
    }

    public static final class Spec {
        private final long id;
        private final Instrument instrument;
        private final OrderSide side;
        private final OrderType type;
        private final String qty;
        private OrderClass orderClass = OrderClass.SIMPLE;
        private TimeInForce timeInForce = TimeInForce.GTC;
        private boolean extendedHours;
        private String limit;
        private String stop;
        private String trailPrice;
        private String trailPercent;
        private String takeProfit;
        private String stopLoss;
        private String stopLossLimit;

        private Spec(long id, Instrument instrument, OrderSide side, OrderType type, String qty) {
            this.id = id;
            this.instrument = instrument;
            this.side = side;
            this.type = type;
            this.qty = qty;
        }

        public Spec limit(String price) {
            this.limit = price;
            return this;
        }

        public Spec stop(String price) {
            this.stop = price;
            return this;
        }

        public Spec trailPrice(String price) {
            this.trailPrice = price;
            return this;
        }

        public Spec trailPercent(String percent) {
            this.trailPercent = percent;
            return this;
        }

        public Spec timeInForce(TimeInForce value) {
            this.timeInForce = value;
            return this;
        }

        public Spec extendedHours() {
            this.extendedHours = true;
            return this;
        }

        public Spec orderClass(OrderClass value) {
            this.orderClass = value;
            return this;
        }

        public Spec takeProfit(String limitPrice) {
            this.takeProfit = limitPrice;
            return this;
        }

        public Spec stopLoss(String stopPrice, String limitPrice) {
            this.stopLoss = stopPrice;
            this.stopLossLimit = limitPrice;
            return this;
        }

        public OrderSpec build() {
            return new OrderSpec(new UUID(2, id), null, null, instrument, side, type, orderClass, timeInForce,
                    extendedHours, new BigDecimal(qty), decimal(limit), decimal(stop), decimal(trailPrice),
                    decimal(trailPercent), decimal(takeProfit), decimal(stopLoss), decimal(stopLossLimit));
        }

        private static BigDecimal decimal(String value) {
            return value == null ? null : new BigDecimal(value);
        }
    }
}
