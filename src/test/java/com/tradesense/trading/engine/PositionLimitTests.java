package com.tradesense.trading.engine;

import static com.tradesense.trading.engine.EngineFixtures.STOCK;
import static com.tradesense.trading.engine.EngineFixtures.price;
import static com.tradesense.trading.engine.EngineFixtures.spec;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Map;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderStatus;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.RejectReason;
import org.junit.jupiter.api.Test;

class PositionLimitTests {

    private static final PositionLimit USD_50K = new PositionLimit(Map.of("USD", new BigDecimal("50000")));

    private static Desk desk() {
        return new Desk(AccountType.MARGIN, "1000000", new Engine(new IndexedOpenOrders(), EngineFixtures.FEES,
                EngineFixtures.FILLS, Engine.Discounts.NONE, USD_50K));
    }

    @Test
    void aLimitIsExceededOnlyAboveItAndOnlyInItsCurrency() {
        assertThat(USD_50K.exceeded("USD", new BigDecimal("250"), new BigDecimal("200"))).isFalse();
        assertThat(USD_50K.exceeded("USD", new BigDecimal("-251"), new BigDecimal("200"))).isTrue();
        assertThat(USD_50K.exceeded("MAD", new BigDecimal("1000000"), new BigDecimal("200"))).isFalse();
    }

    @Test
    void ordersThatWouldGrowAPositionPastTheLimitAreRejected() {
        Desk desk = desk();
        Order first = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "200"), price(STOCK, "200.00", 0));
        assertThat(first.status).isEqualTo(OrderStatus.FILLED);

        // 300 shares at the ask with the impact buffer (200.01 x 1.0005) is above 50,000
        Order more = desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "100"), price(STOCK, "200.00", 0));

        assertThat(more.status).isEqualTo(OrderStatus.REJECTED);
        assertThat(more.rejectReason).isEqualTo(RejectReason.POSITION_LIMIT);
    }

    @Test
    void workingOrdersCountTowardsTheLimit() {
        Desk desk = desk();
        desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.LIMIT, "200").limit("210.00"), price(STOCK, "200.00", 0));

        Order more = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.LIMIT, "50").limit("210.00"),
                price(STOCK, "200.00", 0));

        assertThat(more.rejectReason).isEqualTo(RejectReason.POSITION_LIMIT); // 250 x 210 = 52,500
    }

    @Test
    void reducingAPositionIsNeverLimited() {
        Desk desk = desk();
        desk.place(spec(desk.id(), STOCK, OrderSide.BUY, OrderType.MARKET, "240"), price(STOCK, "200.00", 0));
        desk.price(price(STOCK, "300.00", 0)); // the position is now worth 72,000, above the limit

        Order sell = desk.place(spec(desk.id(), STOCK, OrderSide.SELL, OrderType.MARKET, "100"), price(STOCK, "300.00", 0));

        assertThat(sell.status).isEqualTo(OrderStatus.FILLED);
    }
}
