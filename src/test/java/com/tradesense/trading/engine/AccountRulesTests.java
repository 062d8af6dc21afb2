package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.COIN;
import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderRejected;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.PositionSide;
import com.tradesense.trading.RejectReason;
import org.junit.jupiter.api.Test;

/**
 * What an account may trade and when: shorting (margin accounts, shortable instruments; Alpaca,
 * https://docs.alpaca.markets/docs/margin-and-short-selling), fractional quantities by lot size, sessions and
 * extended hours (https://docs.alpaca.markets/docs/orders-at-alpaca#extended-hours-trading), buying power, replace and
 * cancel.
 */
class AccountRulesTests {

    @Test
    void cashAccountsCannotSellShort() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order sell = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));

        assertThat(sell.status).isEqualTo(OrderStatus.REJECTED);
        assertThat(sell.rejectReason).isEqualTo(RejectReason.SHORTING_NOT_ALLOWED);
        assertThat(desk.events).singleElement().isInstanceOfSatisfying(OrderRejected.class,
                rejected -> assertThat(rejected.reason()).isEqualTo(RejectReason.SHORTING_NOT_ALLOWED));
    }

    @Test
    void cashAccountsCannotSellMoreThanTheyHold() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "5"), price(STOCK, "200.00", 0));
        Order sell = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.MARKET, "6"), price(STOCK, "200.00", 0));

        assertThat(sell.rejectReason).isEqualTo(RejectReason.INSUFFICIENT_POSITION);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("5");
    }

    @Test
    void marginAccountsSellShortableStocksShort() {
        Desk desk = new Desk(AccountType.MARGIN, "10000");
        Order sell = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));

        assertThat(sell.status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.position("AAPL")).isEqualByComparingTo("-10");
        assertThat(desk.account.positions.get("AAPL").side()).isEqualTo(PositionSide.SHORT);
    }

    @Test
    void marginAccountsCannotShortWhatIsNotShortable() {
        Desk desk = new Desk(AccountType.MARGIN, "100000");
        Order sell = desk.place(spec(desk.id(), COIN, OrderSide.SELL, OrderType.MARKET, "0.1"),
                price(COIN, "50000.00", 0));

        assertThat(sell.rejectReason).isEqualTo(RejectReason.SHORTING_NOT_ALLOWED);
    }

    @Test
    void cryptoTradesFractionsOfItsLotSizeAndStocksWholeShares() {
        Desk desk = new Desk(AccountType.CASH, "100000");
        Order coin = desk.place(spec(desk.id(), COIN, OrderSide.BUY, OrderType.MARKET, "0.0005"),
                price(COIN, "50000.00", 0));
        assertThat(coin.status).isEqualTo(OrderStatus.FILLED);
        assertThat(desk.position("BTC-USD")).isEqualByComparingTo("0.0005");

        assertThat(OrderRules.check(spec(1, COIN, OrderSide.BUY, OrderType.MARKET, "0.00005").build(), null))
                .singleElement().satisfies(v -> {
                    assertThat(v.code()).isEqualTo("INVALID_QUANTITY");
                    assertThat(v.field()).isEqualTo("qty");
                });
        assertThat(OrderRules.check(spec(2, STOCK, OrderSide.BUY, OrderType.MARKET, "1.5").build(), null))
                .singleElement().satisfies(v -> {
                    assertThat(v.status()).isEqualTo(400);
                    assertThat(v.field()).isEqualTo("qty");
                });
    }

    @Test
    void marketOrdersAreRejectedWhenTheSessionIsNotOpen() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        for (SessionPhase session : new SessionPhase[] {SessionPhase.CLOSED, SessionPhase.PRE_MARKET,
                SessionPhase.AFTER_HOURS}) {
            Order market = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "1"),
                    price(STOCK, "200.00", 0, session));
            assertThat(market.rejectReason).as(session.name()).isEqualTo(RejectReason.MARKET_CLOSED);
        }
        Order noQuote = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "1"), null);
        assertThat(noQuote.rejectReason).isEqualTo(RejectReason.NO_QUOTE);
        assertThat(desk.fills).isEmpty();
    }

    @Test
    void extendedHoursLimitOrdersFillOutsideTheRegularSessionAndPlainOnesWaitForTheOpen() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order extended = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("201.00")
                .extendedHours(), price(STOCK, "200.00", 0, SessionPhase.PRE_MARKET));
        Order plain = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("201.00"),
                price(STOCK, "200.00", 0, SessionPhase.PRE_MARKET));
        assertThat(extended.status).isEqualTo(OrderStatus.FILLED);
        assertThat(plain.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.price(price(STOCK, "200.00", 0, SessionPhase.AFTER_HOURS));
        assertThat(plain.status).isEqualTo(OrderStatus.ACCEPTED);
        Order afterHours = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.LIMIT, "5").limit("199.00")
                .extendedHours(), price(STOCK, "200.00", 0, SessionPhase.AFTER_HOURS));
        assertThat(afterHours.status).isEqualTo(OrderStatus.FILLED);

        desk.price(price(STOCK, "200.00", 0, SessionPhase.OPEN));
        assertThat(plain.status).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void ordersBeyondBuyingPowerAreRejectedAndHoldNothing() {
        Desk desk = new Desk(AccountType.CASH, "1000");
        Order buy = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));

        assertThat(buy.rejectReason).isEqualTo(RejectReason.INSUFFICIENT_BUYING_POWER);
        assertThat(desk.value().excess()).isEqualByComparingTo("1000");
    }

    @Test
    void replacingGivesANewOrderMarksTheOldReplacedAndCancelingReleasesTheBuyingPower() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order original = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("150.00"),
                price(STOCK, "200.00", 0));
        assertThat(desk.value().reserved()).isEqualByComparingTo("751.00"); // 5 x 150 + 1.00 minimum commission

        Order replacement = desk.replace(original, spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5")
                .limit("160.00").build(), price(STOCK, "200.00", 0));

        assertThat(replacement.id).isNotEqualTo(original.id);
        assertThat(replacement.replaces).isEqualTo(original.id);
        assertThat(original.status).isEqualTo(OrderStatus.REPLACED);
        assertThat(original.replacedBy).isEqualTo(replacement.id);
        assertThat(desk.value().reserved()).isEqualByComparingTo("801.00");

        desk.cancel(replacement);
        assertThat(replacement.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
        assertThat(desk.value().excess()).isEqualByComparingTo("10000");
    }

    @Test
    void aRefusedReplacementLeavesTheOriginalWorkingAsItWas() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order original = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("150.00"),
                price(STOCK, "200.00", 0));

        Order refused = desk.replace(original, spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "500")
                .limit("150.00").build(), price(STOCK, "200.00", 0));

        assertThat(refused.status).isEqualTo(OrderStatus.REJECTED);
        assertThat(refused.rejectReason).isEqualTo(RejectReason.INSUFFICIENT_BUYING_POWER);
        assertThat(original.status).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(desk.value().reserved()).isEqualByComparingTo("751.00");
        desk.price(price(STOCK, "149.00", 0));
        assertThat(original.status).isEqualTo(OrderStatus.FILLED);
    }

    @Test
    void ordersOfAGroupAreNotReplaceable() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order entry = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10")
                .orderClass(OrderClass.BRACKET).takeProfit("210.00").stopLoss("190.00", null), price(STOCK, "200.00", 0));
        Order stopLoss = desk.leg(entry, Order.Leg.STOP_LOSS);

        Order replaced = desk.replace(stopLoss, spec(desk.id(), STOCK, OrderSide.SELL, OrderType.STOP, "10")
                .stop("195.00").build(), price(STOCK, "200.00", 0));

        assertThat(replaced).isNull();
        assertThat(stopLoss.status).isEqualTo(OrderStatus.ACCEPTED);
    }

    @Test
    void rejectReasonCodesAreAStableContract() {
        // clients and other modules switch on these names: add new ones, never rename or remove
        assertThat(Arrays.stream(RejectReason.values()).map(Enum::name)).containsExactly("INSUFFICIENT_BUYING_POWER",
                "INSUFFICIENT_POSITION", "SHORTING_NOT_ALLOWED", "MARKET_CLOSED", "NO_QUOTE", "INVALID_PRICE",
                "POSITION_LIMIT", "ACCOUNT_INACTIVE");
    }
}
