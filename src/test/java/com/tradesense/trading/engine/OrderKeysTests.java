package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
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
 * The engine's order keys: a repeat of a client order id or Idempotency-Key is answered with the first order, whether
 * that order was placed in the same batch or recalled from the store by the caller; after the batch the engine forgets
 * them, so its memory does not follow an account's whole history.
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
        Engine.Placed first = place(1, "cid-1", null);
        Changes changes = new Changes();

        Engine.Placed repeat = engine.place(account.id, spec(2, "cid-1", null), price, NINE.plusSeconds(1), changes);
        Engine.Placed byIdempotencyKey = place(3, null, "key-1");

        assertThat(repeat.order()).isNull();
        assertThat(repeat.duplicateOf()).isEqualTo(first.order().id);
        assertThat(changes.isEmpty()).isTrue();
        assertThat(place(4, null, "key-1").duplicateOf()).isEqualTo(byIdempotencyKey.order().id);
    }

    @Test
    void aStoredOrdersRecalledKeyIsAnsweredWithThatOrder() {
        UUID stored = new UUID(9, 9);
        engine.recallOrderKey(account.id, "yesterday", "yesterday-key", stored);

        assertThat(place(1, "yesterday", null).duplicateOf()).isEqualTo(stored);
        assertThat(place(2, null, "yesterday-key").duplicateOf()).isEqualTo(stored);
    }

    @Test
    void keysAreForgottenAfterTheBatch() {
        place(1, "cid-1", "key-1");
        engine.recallOrderKey(account.id, "old", null, new UUID(9, 9));

        engine.forgetOrderKeys();

        assertThat(account.orderKeys).isEmpty();
        // the engine alone now takes the key as new: the partition looks it up among the stored orders first
        assertThat(place(2, "cid-1", null).order()).isNotNull();
    }

    @Test
    void anAccountKeepsNoKeysOfOrdersPlacedWithoutThem() {
        for (int i = 0; i < 100; i++) {
            place(10 + i, null, null);
        }
        assertThat(account.orderKeys).isEmpty();
    }

    private Engine.Placed place(long id, String clientOrderId, String idempotencyKey) {
        return engine.place(account.id, spec(id, clientOrderId, idempotencyKey), price, NINE, new Changes());
    }

    private static OrderSpec spec(long id, String clientOrderId, String idempotencyKey) {
        return new OrderSpec(new UUID(3, id), clientOrderId, idempotencyKey, EngineFixtures.STOCK, OrderSide.BUY,
                OrderType.LIMIT, OrderClass.SIMPLE, TimeInForce.GTC, false, BigDecimal.ONE, new BigDecimal("150.00"),
                null, null, null, null, null, null);
    }
}
