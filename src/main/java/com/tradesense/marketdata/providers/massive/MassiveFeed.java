package com.tradesense.marketdata.providers.massive;

import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.stream.Collectors;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.live.MarketFeed;
import com.tradesense.marketdata.providers.DataKind;
import com.tradesense.marketdata.providers.FeedStatus;
import com.tradesense.marketdata.providers.Fetched;
import com.tradesense.marketdata.providers.HistoryProvider;
import com.tradesense.marketdata.providers.Prices;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderException.Kind;
import com.tradesense.marketdata.providers.ProviderGuard;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderProperties;
import com.tradesense.marketdata.providers.ProviderQuote;
import com.tradesense.marketdata.providers.QuoteProvider;
import com.tradesense.marketdata.providers.massive.MassiveEvents.Target;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.LastQuote;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.LastTrade;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.MarketHoliday;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.MarketStatus;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;

/**
 * Massive.com as live feed (one socket per market it serves: stocks, crypto, forex, indices), history provider and
 * quote provider. REST reads go through the {@link ProviderGuard}: cached per kind, retried, and stale rather than
 * failing while Massive is down.
 */
public final class MassiveFeed implements MarketFeed, HistoryProvider, QuoteProvider {

    public static final String PROVIDER = "massive";

    private static final Logger log = LoggerFactory.getLogger(MassiveFeed.class);
    private static final JavaType BARS = ProviderHttp.JSON.getTypeFactory().constructCollectionType(List.class,
            Bar.class);

    private final MassiveRestClient rest;
    private final ProviderGuard guard;
    private final Instruments instruments;
    private final HttpClient http;
    private final ProviderProperties.Massive properties;
    private final Duration timeout;
    private final Clock clock;
    private final List<MassiveStream> streams = new ArrayList<>();
    private ScheduledExecutorService scheduler;

    public MassiveFeed(MassiveRestClient rest, ProviderGuard guard, Instruments instruments, HttpClient http,
            ProviderProperties.Massive properties, Duration timeout, Clock clock) {
        this.rest = rest;
        this.guard = guard;
        this.instruments = instruments;
        this.http = http;
        this.properties = properties;
        this.timeout = timeout;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    public synchronized void start(Set<String> symbols, FeedSink sink) {
        stop();
        Map<MassiveMarket, List<Instrument>> byMarket = new EnumMap<>(MassiveMarket.class);
        for (String symbol : symbols) {
            Optional<Instrument> instrument = instruments.find(symbol);
            Optional<MassiveMarket> market = instrument.flatMap(MassiveMarket::of);
            if (market.isEmpty()) {
                log.warn("Massive does not carry {}; it is left out of the feed", symbol);
                continue;
            }
            byMarket.computeIfAbsent(market.get(), m -> new ArrayList<>()).add(instrument.get());
        }
        scheduler = Executors.newScheduledThreadPool(2, task -> {
            Thread thread = new Thread(task, "massive-feed");
            thread.setDaemon(true);
            return thread;
        });
        byMarket.forEach((market, served) -> {
            Map<String, Target> streamTargets = new LinkedHashMap<>();
            Map<String, Target> restTargets = new LinkedHashMap<>();
            for (Instrument instrument : served) {
                Target target = new Target(instrument.symbol(), instrument.tickSize());
                streamTargets.put(market.streamTicker(instrument.symbol()), target);
                restTargets.put(market.restTicker(instrument.symbol()), target);
            }
            MassiveStream stream = new MassiveStream(market, streamTargets, restTargets, http, rest, guard,
                    properties, timeout, scheduler, sink, clock);
            streams.add(stream);
            stream.start();
        });
    }

    @Override
    public synchronized void stop() {
        streams.forEach(MassiveStream::stop);
        streams.clear();
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    /** All markets' sockets as one feed: the worst state, polling if any market polls, the sums and the newest. */
    @Override
    public synchronized FeedHealth health() {
        if (streams.isEmpty()) {
            return new FeedHealth(PROVIDER, FeedStatus.STOPPED, FeedStatus.STREAM, 0, null, 0, -1, null);
        }
        List<FeedHealth> parts = streams.stream().map(stream -> stream.status().health()).toList();
        String state = parts.stream().map(FeedHealth::state).max(Comparator.comparingInt(MassiveFeed::severity))
                .orElseThrow();
        String mode = parts.stream().anyMatch(part -> FeedStatus.POLLING.equals(part.mode())) ? FeedStatus.POLLING
                : FeedStatus.STREAM;
        Instant last = parts.stream().map(FeedHealth::lastMessageAt).filter(t -> t != null)
                .max(Comparator.naturalOrder()).orElse(null);
        String detail = parts.stream().filter(part -> part.detail() != null).map(FeedHealth::detail)
                .collect(Collectors.joining("; "));
        return new FeedHealth(PROVIDER, state, mode, parts.stream().mapToInt(FeedHealth::symbols).sum(), last,
                parts.stream().mapToLong(FeedHealth::reconnects).sum(),
                parts.stream().mapToLong(FeedHealth::lagMillis).max().orElse(-1), detail.isEmpty() ? null : detail);
    }

    private static int severity(String state) {
        return List.of(FeedStatus.CONNECTED, FeedStatus.CONNECTING, FeedStatus.RECONNECTING, FeedStatus.DISCONNECTED,
                FeedStatus.STOPPED).indexOf(state);
    }

    @Override
    public boolean carries(String symbol) {
        return instruments.find(symbol).flatMap(MassiveMarket::of).isPresent();
    }

    @Override
    public boolean supports(String symbol, Interval interval) {
        return carries(symbol);
    }

    @Override
    public Fetched<List<Bar>> bars(String symbol, Interval interval, Instant from, Instant to) {
        Instrument instrument = instrument(symbol);
        String ticker = market(instrument).restTicker(instrument.symbol());
        int multiplier = switch (interval) {
            case M5 -> 5;
            case M15 -> 15;
            case M30 -> 30;
            case H4 -> 4;
            default -> 1;
        };
        String timespan = switch (interval) {
            case M1, M5, M15, M30 -> "minute";
            case H1, H4 -> "hour";
            case D1 -> "day";
            case W1 -> "week";
            case MN1 -> "month";
        };
        DataKind kind = "minute".equals(timespan) || "hour".equals(timespan) ? DataKind.INTRADAY_BARS
                : DataKind.DAILY_BARS;
        String key = "bars:" + ticker + ":" + interval.code() + ":" + from.toEpochMilli() + ":" + to.toEpochMilli();
        return guard.fetch(key, kind, BARS, () -> rest.aggregates(ticker, multiplier, timespan, from.toEpochMilli(),
                to.toEpochMilli() - 1).stream()
                .filter(bar -> bar.t() >= from.toEpochMilli() && bar.t() < to.toEpochMilli())
                .map(bar -> MassiveEvents.bar(bar.t(), bar.o(), bar.h(), bar.l(), bar.c(), bar.v(),
                        instrument.tickSize()))
                .toList());
    }

    /** From the snapshot: last trade, best bid and ask, today's bar and the previous close in one request. */
    @Override
    public Fetched<ProviderQuote> quote(String symbol) {
        Instrument instrument = instrument(symbol);
        MassiveMarket market = market(instrument);
        String ticker = market.restTicker(instrument.symbol());
        return guard.fetch("quote:" + ticker, DataKind.QUOTE, ProviderHttp.JSON.constructType(ProviderQuote.class),
                () -> quote(instrument, rest.snapshot(market, ticker)));
    }

    public Fetched<Bar> previousClose(String symbol) {
        Instrument instrument = instrument(symbol);
        String ticker = market(instrument).restTicker(instrument.symbol());
        return guard.fetch("prev:" + ticker, DataKind.PREVIOUS_CLOSE, ProviderHttp.JSON.constructType(Bar.class),
                () -> rest.previousClose(ticker).map(bar -> MassiveEvents.bar(bar.t(), bar.o(), bar.h(), bar.l(),
                        bar.c(), bar.v(), instrument.tickSize()))
                        .orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND,
                                "no previous close of " + ticker)));
    }

    /** US stocks and ETFs only: Massive's last-trade endpoint is per stock ticker. */
    public Fetched<LastTrade> lastTrade(String symbol) {
        String ticker = stockTicker(symbol);
        return guard.fetch("trade:" + ticker, DataKind.QUOTE, ProviderHttp.JSON.constructType(LastTrade.class),
                () -> rest.lastTrade(ticker));
    }

    /** US stocks and ETFs only (the NBBO). */
    public Fetched<LastQuote> lastQuote(String symbol) {
        String ticker = stockTicker(symbol);
        return guard.fetch("nbbo:" + ticker, DataKind.QUOTE, ProviderHttp.JSON.constructType(LastQuote.class),
                () -> rest.lastQuote(ticker));
    }

    public Fetched<MarketStatus> marketStatus() {
        return guard.fetch("status", DataKind.MARKET_STATUS, ProviderHttp.JSON.constructType(MarketStatus.class),
                rest::marketStatus);
    }

    public Fetched<List<MarketHoliday>> upcomingHolidays() {
        return guard.fetch("holidays", DataKind.HOLIDAYS, ProviderHttp.JSON.getTypeFactory()
                .constructCollectionType(List.class, MarketHoliday.class), rest::upcomingHolidays);
    }

    private ProviderQuote quote(Instrument instrument, Snapshot snapshot) {
        var tick = instrument.tickSize();
        var day = snapshot.day();
        long timestamp = Math.max(snapshot.lastTradeMillis(), snapshot.quoteMillis());
        var price = snapshot.lastPrice();
        if (price == null && snapshot.bid() != null && snapshot.ask() != null) {
            price = snapshot.bid().add(snapshot.ask()).divide(java.math.BigDecimal.valueOf(2)); // FX: the mid
        }
        if (price == null && day != null) {
            price = day.c();
        }
        if (price == null) {
            throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "no price for " + instrument.symbol() + " yet");
        }
        return new ProviderQuote(instrument.symbol(), Prices.onTick(price, tick), Prices.onTick(snapshot.bid(), tick),
                Prices.onTick(snapshot.ask(), tick), day == null ? null : Prices.onTick(day.o(), tick),
                day == null ? null : Prices.onTick(day.h(), tick), day == null ? null : Prices.onTick(day.l(), tick),
                day == null || day.v() == null ? 0 : day.v().longValue(), Prices.onTick(snapshot.prevClose(), tick),
                timestamp > 0 ? Instant.ofEpochMilli(timestamp) : null);
    }

    private String stockTicker(String symbol) {
        Instrument instrument = instrument(symbol);
        if (market(instrument) != MassiveMarket.STOCKS) {
            throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "last trade and quote are for stocks, not "
                    + symbol);
        }
        return instrument.symbol();
    }

    private Instrument instrument(String symbol) {
        return instruments.find(symbol).orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND,
                "unknown symbol " + symbol));
    }

    private static MassiveMarket market(Instrument instrument) {
        return MassiveMarket.of(instrument).orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND,
                "Massive does not carry " + instrument.symbol()));
    }
}
