package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import org.junit.jupiter.api.Test;

/**
 * Order types as Alpaca defines them (https://docs.alpaca.markets/docs/orders-at-alpaca#order-types): a limit order
 * executes at its limit or better; a stop order becomes a market order once a trade reaches the stop; a stop-limit
 * becomes a limit order then. Prices in the fixtures quote the bid one tick under and the ask one tick over the last
 * trade; fills add a size-aware impact of up to 5 bps, rounded to the tick against the taker.
 */
class OrderTypeTests {

    @Test
    void aBuyLimitRestsUntilTheAskReachesItAndFillsAtTheLimitOrBetter() {
        Desk desk = new Desk(AccountType.CASH, "1000000");
        Order limit = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "1000").limit("199.00"),
                price(STOCK, "200.00", 0));
        assertThat(limit.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "199.50", 0)); // ask 199.51 is still above the limit
        assertThat(desk.fills).isEmpty();

        desk.price(price(STOCK, "198.99", 0)); // ask 199.00: impact would make it 199.10, the limit caps it
        assertThat(limit.status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.fillsOf(limit)).singleElement().satisfies(fill ->
                assertThat(fill.price()).isEqualByComparingTo("199.00"));
    }

    @Test
    void aMarketableBuyLimitFillsAtOnceAtTheMarketBelowItsLimit() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order limit = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "10").limit("205.00"),
                price(STOCK, "200.00", 0));

        assertThat(limit.status).isEqualTo(OrderStatus.FILLED);
        assertThat(limit.averageFillPrice()).isEqualByComparingTo("200.02");
    }

    @Test
    void aSellLimitFillsOnlyWhenTheBidReachesItAndAtTheLimitOrHigher() {
        Desk desk = new Desk(AccountType.MARGIN, "100000");
        Order limit = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.LIMIT, "10").limit("201.00"),
                price(STOCK, "200.00", 0));
        desk.price(price(STOCK, "200.99", 0)); // bid 200.98
        assertThat(limit.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "201.50", 0)); // bid 201.49 less 0.0010 impact, down to the tick
        assertThat(limit.status).isEqualTo(OrderStatus.FILLED);
        assertThat(limit.averageFillPrice()).isEqualByComparingTo("201.48");
    }

    @Test
    void aBuyStopTriggersOnATradeAtTheStopAndFillsAtTheMarket() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order stop = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.STOP, "10").stop("205.00"),
                price(STOCK, "200.00", 0));
        desk.price(price(STOCK, "204.99", 0));
        assertThat(stop.triggered).isFalse();
        assertThat(desk.fills).isEmpty();

        desk.price(price(STOCK, "205.00", 0));
        assertThat(stop.status).isEqualTo(OrderStatus.FILLED);
        assertThat(stop.averageFillPrice()).isEqualByComparingTo("205.02"); // ask 205.01 + impact
    }

    @Test
    void aSellStopThatPricesGapThroughFillsAtTheMarketBelowTheStop() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Order stop = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.STOP, "10").stop("195.00"),
                price(STOCK, "200.00", 0));
        desk.price(price(STOCK, "196.00", 0));
        assertThat(stop.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "190.00", 0));
        assertThat(stop.status).isEqualTo(OrderStatus.FILLED);
        assertThat(stop.averageFillPrice()).isEqualByComparingTo("189.98"); // bid 189.99 - impact, down to the tick
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }

    @Test
    void aStopLimitWaitsForItsTriggerThenWorksAsALimit() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order stopLimit = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.STOP_LIMIT, "10")
                .stop("205.00").limit("205.50"), price(STOCK, "200.00", 0));

        desk.price(price(STOCK, "204.00", 0)); // below the limit, but not triggered
        assertThat(desk.fills).isEmpty();

        desk.price(price(STOCK, "206.00", 0)); // triggered; the ask 206.01 is above the limit
        assertThat(stopLimit.triggered).isTrue();
        assertThat(stopLimit.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(desk.fills).isEmpty();

        desk.price(price(STOCK, "205.40", 0));
        assertThat(stopLimit.status).isEqualTo(OrderStatus.FILLED);
        assertThat(stopLimit.averageFillPrice()).isEqualByComparingTo("205.42");
    }
}
