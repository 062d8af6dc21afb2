package com.tradesense.trading;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.PriceSubscription;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.SessionPhase;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Market data the trading tests set by hand: quotes per symbol and ticks pushed to the listeners. */
public class FakeMarket implements MarketData {

    private final Map<String, Quote> quotes = new ConcurrentHashMap<>();
    private final Map<String, BigDecimal> previousCloses = new ConcurrentHashMap<>();
    private final List<Consumer<PriceTick>> listeners = new CopyOnWriteArrayList<>();

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        FakeMarket fakeMarket() {
            return new FakeMarket();
        }

        @Bean
        TradingEvents tradingEvents() {
            return new TradingEvents();
        }
    }

    /** Every trading event published, for tests to look for theirs. */
    public static class TradingEvents {

        public final List<Object> events = new CopyOnWriteArrayList<>();

        @org.springframework.context.event.EventListener
        void on(OrderFilled event) {
            events.add(event);
        }

        @org.springframework.context.event.EventListener
        void on(PositionOpened event) {
            events.add(event);
        }

        @org.springframework.context.event.EventListener
        void on(PositionClosed event) {
            events.add(event);
        }

        @org.springframework.context.event.EventListener
        void on(OrderRejected event) {
            events.add(event);
        }
    }

    /** The previous close quotes carry from now on (by default each quote's own price). */
    public void previousClose(String symbol, String close) {
        previousCloses.put(symbol, new BigDecimal(close));
    }

    /** Sets the quote (last, bid, ask) and the session, and pushes the same as a tick. */
    public void price(String symbol, String last, String bid, String ask, SessionPhase session) {
        BigDecimal price = new BigDecimal(last);
        quotes.put(symbol, new Quote(symbol, price, new BigDecimal(bid), new BigDecimal(ask), null, null, price,
                price, price, 0, previousCloses.getOrDefault(symbol, price), session, Instant.now(), "USD"));
        PriceTick tick = new PriceTick(symbol, price, new BigDecimal(bid), new BigDecimal(ask), 0, Instant.now());
        listeners.forEach(listener -> listener.accept(tick));
    }

    public void price(String symbol, String last) {
        BigDecimal price = new BigDecimal(last);
        price(symbol, last, price.subtract(new BigDecimal("0.01")).toPlainString(),
                price.add(new BigDecimal("0.01")).toPlainString(), SessionPhase.OPEN);
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return Optional.ofNullable(quotes.get(symbol));
    }

    @Override
    public List<Bar> bars(String symbol, Interval interval, Instant from, Instant to, int limit, boolean extendedHours) {
        return List.of();
    }

    @Override
    public PriceSubscription onPriceTick(Consumer<PriceTick> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }
}
