package com.tradesense.trading.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.TradingSessions;
import com.tradesense.platform.ApiException;
import com.tradesense.trading.AccountType;
import com.tradesense.trading.OrderClass;
import com.tradesense.trading.OrderSide;
import com.tradesense.trading.OrderType;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.EngineFixtures;
import com.tradesense.trading.engine.FillModel;
import com.tradesense.trading.engine.IndexedOpenOrders;
import com.tradesense.trading.engine.MarketPrice;
import com.tradesense.trading.engine.OrderSpec;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A partition looks up the keys of a batch's orders among the stored orders before applying it: a key found there is
 * answered with its stored order and writes nothing, an unknown one places the order, and when the look-up fails the
 * keyed order is refused with 503 and nothing of it is written.
 */
class OrderKeyLookupTests {

    private static final Instant NOW = Instant.parse("2026-12-07T15:00:00Z");

    private final TradingRepository repository = mock(TradingRepository.class);
    private final Account account = new Account(new UUID(0, 1), new UUID(1, 1), AccountType.CASH, "USD",
            new BigDecimal("10000.00"), new BigDecimal("10000.00"), BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), new BigDecimal("10000.00"), 1);
    private final MarketPrice price = EngineFixtures.price(EngineFixtures.STOCK, "200.00", 0);
    private EnginePartitions partitions;

    @BeforeEach
    void startOnePartition() {
        EngineFactory engines = mock(EngineFactory.class);
        when(engines.create()).thenReturn(EngineFixtures.engine(new IndexedOpenOrders()));
        when(repository.load(account.id)).thenReturn(Optional.of(new TradingRepository.Loaded(account, List.of())));
        Map<AssetClass, FillModel.Liquidity> liquidity = Arrays.stream(AssetClass.values()).collect(Collectors.toMap(
                Function.identity(), assetClass -> new FillModel.Liquidity(new BigDecimal("1000"), BigDecimal.ONE)));
        TradingProperties properties = new TradingProperties(1, 1000, Duration.ZERO, Duration.ofSeconds(5),
                Duration.ZERO, Duration.ofSeconds(15), new BigDecimal("10000000"), Map.of(), liquidity, Map.of());
        partitions = new EnginePartitions(engines, repository,
                new TransactionTemplate(mock(PlatformTransactionManager.class)), mock(ApplicationEventPublisher.class),
                mock(MarketData.class), mock(TradingSessions.class), properties, Clock.fixed(NOW, ZoneOffset.UTC),
                new SimpleMeterRegistry());
        partitions.start();
    }

    @AfterEach
    void stop() {
        partitions.stop();
    }

    @Test
    void aKeyOfAStoredOrderIsAnsweredWithThatOrderAndWritesNothing() {
        UUID stored = UUID.randomUUID();
        when(repository.storedKeys(anyCollection(), anyCollection(), anyCollection())).thenReturn(List.of(
                new TradingRepository.StoredKey(account.id, stored, null, "retry-1"),
                new TradingRepository.StoredKey(UUID.randomUUID(), UUID.randomUUID(), null, "retry-2")));

        Engine.Placed placed = place("retry-1");
        Engine.Placed otherAccountsKey = place("retry-2");

        assertThat(placed.duplicateOf()).isEqualTo(stored);
        assertThat(otherAccountsKey.order()).isNotNull();
        verify(repository, times(1)).write(any());
    }

    @Test
    void anUnknownKeyPlacesTheOrder() {
        Engine.Placed placed = place("new-1");

        assertThat(placed.order()).isNotNull();
        verify(repository).write(any());
    }

    @Test
    void whenTheLookUpFailsTheKeyedOrderIsRefusedAndNothingIsWritten() {
        when(repository.storedKeys(anyCollection(), anyCollection(), anyCollection()))
                .thenThrow(new IllegalStateException("database down"));

        assertThatThrownBy(() -> place("key-1")).isInstanceOfSatisfying(ApiException.class,
                refused -> assertThat(refused.status()).isEqualTo(503));
        verify(repository, never()).write(any());
    }

    private Engine.Placed place(String idempotencyKey) {
        OrderSpec spec = new OrderSpec(UUID.randomUUID(), null, idempotencyKey, EngineFixtures.STOCK, OrderSide.BUY,
                OrderType.LIMIT, OrderClass.SIMPLE, TimeInForce.GTC, false, BigDecimal.ONE, new BigDecimal("150.00"),
                null, null, null, null, null, null);
        return partitions.place(account.id, new EnginePartitions.OrderKeys(null, idempotencyKey),
                (engine, changes) -> engine.place(account.id, spec, price, NOW, changes));
    }
}
