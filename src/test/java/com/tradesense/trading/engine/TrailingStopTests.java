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
 * Trailing stops: the stop follows the high-water mark (the highest trade since the order was placed, for a sell; the
 * lowest, for a buy) at a fixed distance (trail price) or a share of it (trail percent), never moves back, and turns
 * into a market order when a trade reaches it. Alpaca, "Trailing Stop Orders"
 * (https://docs.alpaca.markets/docs/orders-at-alpaca#trailing-stop-orders), and Investopedia, "Trailing Stop"
 * (https://www.investopedia.com/terms/t/trailingstop.asp): the stop rises with the price and stays put when it falls.
 */
class TrailingStopTests {

    @Test
    void aTrailPriceFollowsTheHighWaterMarkAndTriggersOnThePullback() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Order trailing = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.TRAILING_STOP, "10")
                .trailPrice("5.00"), price(STOCK, "200.00", 0));
        assertThat(trailing.watermark).isEqualByComparingTo("200.00");
        assertThat(trailing.stopPrice).isEqualByComparingTo("195.00");

        desk.price(price(STOCK, "210.00", 0));
        assertThat(trailing.watermark).isEqualByComparingTo("210.00");
        assertThat(trailing.stopPrice).isEqualByComparingTo("205.00");

        desk.price(price(STOCK, "207.00", 0)); // a pullback that does not reach the stop leaves it where it was
        assertThat(trailing.watermark).isEqualByComparingTo("210.00");
        assertThat(trailing.stopPrice).isEqualByComparingTo("205.00");
        assertThat(trailing.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "204.99", 0));
        assertThat(trailing.status).isEqualTo(OrderStatus.FILLED);
        assertThat(trailing.averageFillPrice()).isEqualByComparingTo("204.97"); // bid 204.98 - impact
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }

    @Test
    void aTrailPercentMovesTheStopWithTheHighWaterMark() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Order trailing = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.TRAILING_STOP, "10")
                .trailPercent("2"), price(STOCK, "200.00", 0));
        assertThat(trailing.stopPrice).isEqualByComparingTo("196.00"); // 200 - 2%

        desk.price(price(STOCK, "250.00", 0));
        assertThat(trailing.stopPrice).isEqualByComparingTo("245.00"); // 250 - 2%
        desk.price(price(STOCK, "246.00", 0));
        assertThat(trailing.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "245.00", 0));
        assertThat(trailing.status).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void aBuyTrailingStopFollowsTheLowAndTriggersOnTheBounce() {
        Desk desk = new Desk(AccountType.MARGIN, "100000");
        desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Order trailing = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.TRAILING_STOP, "10")
                .trailPrice("3.00"), price(STOCK, "200.00", 0));
        assertThat(trailing.stopPrice).isEqualByComparingTo("203.00");

        desk.price(price(STOCK, "190.00", 0));
        assertThat(trailing.watermark).isEqualByComparingTo("190.00");
        assertThat(trailing.stopPrice).isEqualByComparingTo("193.00");
        desk.price(price(STOCK, "192.99", 0));
        assertThat(trailing.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "193.00", 0));
        assertThat(trailing.status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }
}
