package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;
import org.junit.jupiter.api.Test;

/**
 * Time in force as Alpaca's paper trading defines it (https://docs.alpaca.markets/docs/orders-at-alpaca#time-in-force):
 * DAY is good for the day only and ends at the close, GTC stays until filled or canceled, IOC fills what it can at
 * once and cancels the rest, FOK fills entirely at once or is canceled. The modelled displayed size of a stock is
 * 1000 shares (EngineFixtures), so larger orders cannot fill entirely at once.
 */
class TimeInForceTests {

    @Test
    void dayOrdersExpireAtTheSessionCloseAndGtcOrdersStay() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order day = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("190.00")
                .timeInForce(TimeInForce.DAY), price(STOCK, "200.00", 0));
        Order gtc = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("190.00")
                .timeInForce(TimeInForce.GTC), price(STOCK, "200.00", 0));

        desk.sessionEnded("AAPL", SessionPhase.AFTER_HOURS);

        assertThat(day.status).isEqualTo(OrderStatus.EXPIRED);
        assertThat(gtc.status).isEqualTo(OrderStatus.ACCEPTED);
        // only the GTC order still holds buying power: 5 x 190 + the 1.00 minimum commission
        assertThat(desk.value().reserved()).isEqualByComparingTo("951.00");
    }

    @Test
    void extendedHoursDayOrdersLiveThroughTheAfterHoursSessionAndExpireWhenItEnds() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order extended = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("190.00")
                .timeInForce(TimeInForce.DAY).extendedHours(), price(STOCK, "200.00", 0));

        desk.sessionEnded("AAPL", SessionPhase.AFTER_HOURS);
        assertThat(extended.status).isEqualTo(OrderStatus.ACCEPTED);

        desk.sessionEnded("AAPL", SessionPhase.CLOSED);
        assertThat(extended.status).isEqualTo(OrderStatus.EXPIRED);
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void iocFillsWhatIsDisplayedAndCancelsTheRest() {
        Desk desk = new Desk(AccountType.CASH, "1000000");
        Order ioc = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "1500")
                .timeInForce(TimeInForce.IOC), price(STOCK, "200.00", 0));

        assertThat(ioc.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(ioc.filledQuantity).isEqualByComparingTo("1000");
        assertThat(desk.position("AAPL")).isEqualByComparingTo("1000");
        // ask 200.01 plus the full 5 bps impact of taking the whole displayed size, up to the tick
        assertThat(desk.fillsOf(ioc)).singleElement().satisfies(fill ->
                assertThat(fill.price()).isEqualByComparingTo("200.12"));
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
    }

    @Test
    void iocLimitThatIsNotMarketableIsCanceledWithNothingFilled() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        Order ioc = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "5").limit("199.00")
                .timeInForce(TimeInForce.IOC), price(STOCK, "200.00", 0));

        assertThat(ioc.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(ioc.filledQuantity).isEqualByComparingTo("0");
        assertThat(desk.fills).isEmpty();
    }

    @Test
    void fokFillsEntirelyWhenTheDisplayedSizeCoversIt() {
        Desk desk = new Desk(AccountType.CASH, "1000000");
        Order fok = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "800")
                .timeInForce(TimeInForce.FOK), price(STOCK, "200.00", 0));

        assertThat(fok.status).isEqualTo(OrderStatus.FILLED);
        assertThat(fok.filledQuantity).isEqualByComparingTo("800");
    }

    @Test
    void fokThatCannotFillEntirelyIsCanceledWithNothingFilled() {
        Desk desk = new Desk(AccountType.CASH, "1000000");
        Order tooBig = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "1500")
                .timeInForce(TimeInForce.FOK), price(STOCK, "200.00", 0));
        Order notMarketable = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.LIMIT, "10")
                .limit("199.00").timeInForce(TimeInForce.FOK), price(STOCK, "200.00", 0));

        assertThat(tooBig.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(notMarketable.status).isEqualTo(OrderStatus.CANCELED);
        assertThat(desk.fills).isEmpty();
        assertThat(desk.account.cash).isEqualByComparingTo("1000000");
        assertThat(desk.value().reserved()).isEqualByComparingTo("0");
    }
}
