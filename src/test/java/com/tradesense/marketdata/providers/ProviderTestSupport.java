package com.tradesense.marketdata.providers;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.live.FeedSink;

/** Instruments, fast timings, a settable clock and a recording sink for the provider adapter tests. */
public final class ProviderTestSupport {

    public static final Duration TIMEOUT = Duration.ofSeconds(5);

    private ProviderTestSupport() {
    }

    public static Instruments instruments() {
        List<Instrument> all = List.of(
                instrument("AAPL", "NASDAQ", AssetClass.STOCK, "0.01", "US0378331005"),
                instrument("MSFT", "NASDAQ", AssetClass.STOCK, "0.01", "US5949181045"),
                instrument("TSLA", "NASDAQ", AssetClass.STOCK, "0.01", "US88160R1014"),
                instrument("BTC-USD", "CRYPTO", AssetClass.CRYPTO, "0.01", null),
                instrument("EUR/USD", "FX", AssetClass.FX, "0.00001", null),
                instrument("SPX", "INDEX", AssetClass.INDEX, "0.01", null),
                instrument("GC=F", "COMEX", AssetClass.COMMODITY, "0.10", null),
                instrument("ATW", "BVC", AssetClass.STOCK, "0.01", "MA0000012445"),
                instrument("IAM", "BVC", AssetClass.STOCK, "0.01", "MA0000011488"),
                instrument("BCP", "BVC", AssetClass.STOCK, "0.01", "MA0000011884"));
        return new Instruments() {
            @Override
            public Optional<Instrument> find(String symbol) {
                return all.stream().filter(i -> i.symbol().equalsIgnoreCase(symbol)).findFirst();
            }

            @Override
            public List<Instrument> search(String query, AssetClass assetClass, String exchange) {
                return all;
            }
        };
    }

    private static Instrument instrument(String symbol, String exchange, AssetClass assetClass, String tick,
            String isin) {
        return new Instrument(symbol, symbol, exchange, assetClass, "USD", new BigDecimal(tick), BigDecimal.ONE,
                false, assetClass != AssetClass.INDEX, true, null, isin, "XNYS", true);
    }

    public static ProviderProperties.Cache cache() {
        return new ProviderProperties.Cache(Duration.ofSeconds(5), Duration.ofMinutes(1), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofMinutes(1), Duration.ofHours(12), Duration.ofHours(24), 1000);
    }

    /** Three tries 10 ms apart; four calls decide the circuit, which then stays open for the test. */
    public static ProviderProperties.Resilience resilience() {
        return new ProviderProperties.Resilience(3, Duration.ofMillis(10), Duration.ofMillis(50), 50, 4,
                Duration.ofHours(1));
    }

    public static ProviderProperties.Massive massive(URI rest, URI ws) {
        return new ProviderProperties.Massive("test-key-123", rest, ws, 5, Duration.ofMillis(50),
                Duration.ofMillis(200), Duration.ofMillis(100), true);
    }

    public static ProviderGuard guard(String provider, Clock clock) {
        ProviderProperties properties = new ProviderProperties(null, null, null, Map.of(), TIMEOUT, cache(),
                resilience(), Duration.ofDays(30), 2);
        return new ProviderGuards(new MemoryProviderCache(Duration.ofHours(24), 1000), properties, clock)
                .forProvider(provider);
    }

    public static String fixture(String path) {
        try (InputStream in = ProviderTestSupport.class.getResourceAsStream("/marketdata/providers/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A clock tests move by hand. */
    public static final class SettableClock extends Clock {

        private volatile Instant now;

        public SettableClock(Instant now) {
            this.now = now;
        }

        public void set(Instant instant) {
            now = instant;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Everything a feed delivered, in order. */
    public static final class RecordingSink implements FeedSink {

        public record Trade(String symbol, long epochMillis, BigDecimal price, long size) {
        }

        public record Quote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask) {
        }

        public record MinuteBar(String symbol, Bar bar) {
        }

        public final List<Trade> trades = new CopyOnWriteArrayList<>();
        public final List<Quote> quotes = new CopyOnWriteArrayList<>();
        public final List<MinuteBar> bars = new CopyOnWriteArrayList<>();

        @Override
        public void trade(String symbol, long epochMillis, BigDecimal price, long size) {
            trades.add(new Trade(symbol, epochMillis, price, size));
        }

        @Override
        public void quote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask) {
            quotes.add(new Quote(symbol, epochMillis, bid, ask));
        }

        @Override
        public void minuteBar(String symbol, Bar bar) {
            bars.add(new MinuteBar(symbol, bar));
        }
    }
}
