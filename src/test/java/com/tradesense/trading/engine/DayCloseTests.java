package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import org.junit.jupiter.api.Test;

/**
 * lastEquity is the equity at the previous session close and day P&L is equity less it, as in Alpaca's account
 * object, whose "Working with /account" guide computes today's balance change as equity - last_equity
 * (https://docs.alpaca.markets/docs/working-with-account).
 */
class DayCloseTests {

    private static final Instant CLOSE = Instant.parse("2026-03-02T21:00:00Z");

    @Test
    void aCloseKeepsTheEquityAtThatMomentAsTheBaseOfTheNextDaysPnl() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        desk.price(price(STOCK, "210.00", 0));
        Changes changes = new Changes();

        desk.engine.closeDay("USD", CLOSE, changes);

        // cash 7998.80 (10 x 200.02 + 1.00 commission paid) + 10 x 210.00
        assertThat(desk.account.lastEquity).isEqualByComparingTo("10098.80");
        assertThat(desk.account.lastEquityAt).isEqualTo(CLOSE);
        assertThat(changes.accounts).containsExactly(desk.account);

        desk.price(price(STOCK, "205.00", 0));
        assertThat(desk.value().equity().subtract(desk.account.lastEquity)).isEqualByComparingTo("-50.00");
    }

    @Test
    void aCloseIsTakenOnceAndOnlyForAccountsOfItsCurrency() {
        Desk desk = new Desk(AccountType.CASH, "10000");
        desk.engine.closeDay("USD", CLOSE, new Changes());
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "10"), price(STOCK, "200.00", 0));
        Changes again = new Changes();

        desk.engine.closeDay("USD", CLOSE, again);
        desk.engine.closeDay("MAD", CLOSE.plusSeconds(86_400), again);

        assertThat(desk.account.lastEquity).isEqualByComparingTo("10000");
        assertThat(again.accounts).isEmpty();
    }
}
