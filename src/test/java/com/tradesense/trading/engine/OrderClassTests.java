package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import org.junit.jupiter.api.Test;

/**
 * Order classes as Alpaca defines them (https://docs.alpaca.markets/docs/orders-at-alpaca#bracket-orders and the OCO
 * and OTO sections after it): a bracket is an entry with a take-profit limit and a stop-loss whose exits wait until
 * the entry fills and then cancel each other; an OTO has a single exit; an OCO is a take-profit limit and a stop-loss
 * working together, the first to fill canceling the other.
 */
class OrderClassTests {

    private static Order bracket(Desk desk) {
        return desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "10").limit("199.00")
                .orderClass(OrderClass.BRACKET).takeProfit("210.00").stopLoss("190.00", null), price(STOCK, "200.00", 0));
    }

    @Test
    void bracketExitsAreHeldUntilTheEntryFillsAndThenWork() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = bracket(desk);
        Order takeProfit = desk.leg(entry, Order.Leg.TAKE_PROFIT);
        Order stopLoss = desk.leg(entry, Order.Leg.STOP_LOSS);
        assertThat(entry.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(takeProfit.status).isEqualTo(OrderStatus.HELD);
        assertThat(stopLoss.status).isEqualTo(OrderStatus.HELD);

        desk.price(price(STOCK, "198.50", 0));

        assertThat(entry.status).isEqualTo(OrderStatus.FILLED);
        assertThat(takeProfit.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(stopLoss.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(takeProfit.quantity).isEqualByComparingTo("10");
        // exits close the position, so they hold no buying power
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void theTakeProfitFillingCancelsTheStopLoss() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = bracket(desk);
        desk.price(price(STOCK, "198.50", 0));

        desk.price(price(STOCK, "210.50", 0));

        assertThat(desk.leg(entry, Order.Leg.TAKE_PROFIT).status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.leg(entry, Order.Leg.TAKE_PROFIT).averageFillPrice()).isEqualByComparingTo("210.48");
        assertThat(desk.leg(entry, Order.Leg.STOP_LOSS).status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }

    @Test
    void theStopLossFillingCancelsTheTakeProfit() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = bracket(desk);
        desk.price(price(STOCK, "198.50", 0));

        desk.price(price(STOCK, "189.00", 0));

        assertThat(desk.leg(entry, Order.Leg.STOP_LOSS).status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.leg(entry, Order.Leg.TAKE_PROFIT).status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
        assertThat(desk.engine.ordersOf(desk.account.id)).isEmpty();
    }

    @Test
    void heldExitsIgnorePricesUntilTheEntryFills() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "10").limit("195.00")
                .orderClass(OrderClass.BRACKET).takeProfit("200.50").stopLoss("190.00", null), price(STOCK, "200.00", 0));

        desk.price(price(STOCK, "201.00", 0)); // would fill the take-profit, were it working

        assertThat(desk.leg(entry, Order.Leg.TAKE_PROFIT).status).isEqualTo(OrderStatus.HELD);
        assertThat(desk.fills).isEmpty();
    }

    @Test
    void cancelingTheEntryCancelsItsHeldExits() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = bracket(desk);

        desk.cancel(entry);

        assertThat(entry.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.leg(entry, Order.Leg.TAKE_PROFIT).status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.leg(entry, Order.Leg.STOP_LOSS).status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void anOcoWorksBothExitsAndTheFirstToFillCancelsTheOther() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Order takeProfit = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.LIMIT, "10").limit("210.00")
                .orderClass(OrderClass.OCO).stopLoss("190.00", null), price(STOCK, "200.00", 0));
        Order stopLoss = desk.leg(takeProfit, Order.Leg.STOP_LOSS);
        assertThat(takeProfit.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(stopLoss.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "189.50", 0));

        assertThat(stopLoss.status).isEqualTo(OrderStatus.FILLED);
        assertThat(takeProfit.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }

    @Test
    void anOtoEntryReleasesItsOneExitWhenItFills() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10")
                .orderClass(OrderClass.OTO).stopLoss("190.00", null), price(STOCK, "200.00", 0));

        Order stopLoss = desk.leg(entry, Order.Leg.STOP_LOSS);
        assertThat(entry.status).isEqualTo(OrderStatus.FILLED);
        assertThat(stopLoss.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(desk.orders.values()).hasSize(2);

        desk.price(price(STOCK, "189.00", 0));
        assertThat(stopLoss.status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("0");
    }
}
