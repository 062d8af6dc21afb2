package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The engine's memory of client order ids and Idempotency-Keys: a repeat is answered with the first order, and keys
 * older than the sweep are forgotten (the service looks those up in the database), so memory follows recent orders
 * only.
 */
class OrderKeysTests {

    private static final Instant NINE = Instant.parse("2026-12-07T14:00:00Z");

    private final Engine engine = EngineFixtures.engine(new IndexedOpenOrders());
    private final Account account = EngineFixtures.account(1, AccountType.CASH, "100000");
    private final MarketPrice price = EngineFixtures.price(EngineFixtures.STOCK, "200.00", 0);

    @BeforeEach
    void openAccount() {
        engine.open(account, NINE, new Changes());
    }

    @Test
    void aRepeatedKeyIsAnsweredWithTheFirstOrderAndPlacesNothing() {
        Engine.Placed first = place(1, "cid-1", null, NINE);
        Changes changes = new Changes();

        Engine.Placed repeat = engine.place(account.id, spec(2, "cid-1", null), price, NINE.plusSeconds(1), changes);
        Engine.Placed byIdempotencyKey = place(3, null, "key-1", NINE);

        assertThat(repeat.order()).isNull();
        assertThat(repeat.duplicateOf()).isEqualTo(first.order().id);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(place(4, null, "key-1", NINE.plusSeconds(2)).duplicateOf()).isEqualTo(byIdempotencyKey.order().id);
    }

    @Test
    void keysOlderThanTheSweepAreForgottenAndNewerOnesKept() {
        place(1, "old", null, NINE);
        place(2, null, "older-key", NINE.plusSeconds(60));
        Engine.Placed recent = place(3, "recent", "recent-key", NINE.plusSeconds(600));

        engine.forgetOrderKeys(NINE.plusSeconds(300));

        assertThat(account.orderKeys).containsOnlyKeys("c:recent", "k:recent-key");
        assertThat(place(4, "recent", null, NINE.plusSeconds(601)).duplicateOf()).isEqualTo(recent.order().id);
        // the engine alone takes a forgotten key as new: the service finds it in the database first
        assertThat(place(5, "old", null, NINE.plusSeconds(602)).order()).isNotNull();
    }

    @Test
    void anAccountKeepsNoKeysOfOrdersPlacedWithoutThem() {
        for (int i = 0; i < 100; i++) {
            place(10 + i, null, null, NINE.plus(Duration.ofSeconds(i)));
        }
        assertThat(account.orderKeys).isEmpty();
    }

    private Engine.Placed place(long id, String clientOrderId, String idempotencyKey, Instant at) {
        return engine.place(account.id, spec(id, clientOrderId, idempotencyKey), price, at, new Changes());
    }

    private static OrderSpec spec(long id, String clientOrderId, String idempotencyKey) {
        return new OrderSpec(new UUID(3, id), clientOrderId, idempotencyKey, EngineFixtures.STOCK, OrderSide.BUY,
                OrderType.LIMIT, OrderClass.SIMPLE, TimeInForce.GTC, false, BigDecimal.ONE, new BigDecimal("150.00"),
                null, null, null, null, null, null);
    }
}
