package com.tradesense.marketdata.providers.yahoo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.providers.DataKind;
import com.tradesense.marketdata.providers.Fetched;
import com.tradesense.marketdata.providers.HistoryProvider;
import com.tradesense.marketdata.providers.PollingFeed;
import com.tradesense.marketdata.providers.Prices;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderException.Kind;
import com.tradesense.marketdata.providers.ProviderGuard;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderProperties;
import com.tradesense.marketdata.providers.ProviderQuote;
import com.tradesense.marketdata.providers.QuoteProvider;
import com.tradesense.marketdata.providers.yahoo.YahooChartClient.Chart;
import com.tradesense.marketdata.providers.yahoo.YahooChartClient.Point;
import tools.jackson.databind.JavaType;

/**
 * Yahoo Finance for international symbols: history and quotes from the chart API, and a polling live feed that
 * reads each symbol's 1-minute chart of the day, delivering the minutes completed since the last poll and the last
 * price as a print (sized by the growth of the day's volume).
 */
public final class YahooFeed extends PollingFeed implements HistoryProvider, QuoteProvider {

    public static final String PROVIDER = "yahoo";

    private static final JavaType BARS = ProviderHttp.JSON.getTypeFactory().constructCollectionType(List.class,
            Bar.class);

    private final YahooChartClient client;
    private final YahooSymbols symbols;
    private final ProviderGuard guard;
    private final Instruments instruments;
    private final Clock clock;
    private final Map<String, Long> lastBarSecond = new ConcurrentHashMap<>();
    private final Map<String, Long> lastPriceTime = new ConcurrentHashMap<>();
    private final Map<String, Long> lastVolume = new ConcurrentHashMap<>();

    public YahooFeed(ProviderHttp http, ProviderGuard guard, Instruments instruments,
            ProviderProperties.Yahoo properties, Clock clock) {
        super(PROVIDER, properties.pollInterval(), clock);
        this.client = new YahooChartClient(http, properties.baseUrl());
        this.symbols = new YahooSymbols(properties.symbols());
        this.guard = guard;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    protected String poll(Set<String> served, FeedSink sink) {
        List<String> failed = new ArrayList<>();
        ProviderException last = null;
        for (String symbol : served) {
            try {
                Instrument instrument = instrument(symbol);
                deliver(instrument, guard.call(() -> client.range(symbols.of(instrument), "1m", "1d")), sink);
            } catch (ProviderException e) {
                failed.add(symbol);
                last = e;
            }
        }
        if (last != null && failed.size() == served.size()) {
            throw last;
        }
        return failed.isEmpty() ? null : "no data for " + String.join(", ", failed)
                + (last == null ? "" : " (" + last.getMessage() + ")");
    }

    private void deliver(Instrument instrument, Chart chart, FeedSink sink) {
        String symbol = instrument.symbol();
        BigDecimal tick = instrument.tickSize();
        long formingMinute = clock.instant().getEpochSecond() / 60 * 60;
        long after = lastBarSecond.getOrDefault(symbol, Long.MIN_VALUE);
        for (Point point : chart.points()) {
            if (point.t() > after && point.t() < formingMinute) {
                sink.minuteBar(symbol, bar(point, tick, null));
                lastBarSecond.put(symbol, point.t());
                status().received(point.t() * 1000);
            }
        }
        if (chart.price() != null && chart.priceTime() > lastPriceTime.getOrDefault(symbol, 0L)) {
            Long previousVolume = lastVolume.put(symbol, chart.dayVolume());
            long size = previousVolume == null ? 0 : Math.max(0, chart.dayVolume() - previousVolume);
            lastPriceTime.put(symbol, chart.priceTime());
            sink.trade(symbol, chart.priceTime() * 1000, Prices.onTick(chart.price(), tick), size);
            status().received(chart.priceTime() * 1000);
        }
    }

    @Override
    public boolean carries(String symbol) {
        return instruments.find(symbol).isPresent();
    }

    @Override
    public boolean supports(String symbol, Interval interval) {
        return interval != Interval.H4 && carries(symbol);
    }

    @Override
    public Fetched<List<Bar>> bars(String symbol, Interval interval, Instant from, Instant to) {
        Instrument instrument = instrument(symbol);
        String yahooInterval = switch (interval) {
            case M1 -> "1m";
            case M5 -> "5m";
            case M15 -> "15m";
            case M30 -> "30m";
            case H1 -> "60m";
            case D1 -> "1d";
            case W1 -> "1wk";
            case MN1 -> "1mo";
            case H4 -> throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "Yahoo has no 4-hour bars");
        };
        boolean daily = interval == Interval.D1 || interval == Interval.W1 || interval == Interval.MN1;
        String yahooSymbol = symbols.of(instrument);
        String key = "bars:" + yahooSymbol + ":" + yahooInterval + ":" + from.getEpochSecond() + ":"
                + to.getEpochSecond();
        return guard.fetch(key, daily ? DataKind.DAILY_BARS : DataKind.INTRADAY_BARS, BARS, () -> {
            Chart chart = client.between(yahooSymbol, yahooInterval, from, to);
            return chart.points().stream()
                    .map(point -> bar(point, instrument.tickSize(), daily ? chart.zone() : null))
                    .filter(bar -> !bar.t().isBefore(from) && bar.t().isBefore(to))
                    .toList();
        });
    }

    /** From the day's chart: meta has price, previous close, day range and volume, the one daily bar the open. */
    @Override
    public Fetched<ProviderQuote> quote(String symbol) {
        Instrument instrument = instrument(symbol);
        String yahooSymbol = symbols.of(instrument);
        BigDecimal tick = instrument.tickSize();
        return guard.fetch("quote:" + yahooSymbol, DataKind.QUOTE,
                ProviderHttp.JSON.constructType(ProviderQuote.class), () -> {
                    Chart chart = client.range(yahooSymbol, "1d", "1d");
                    if (chart.price() == null) {
                        throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "no price for " + yahooSymbol);
                    }
                    BigDecimal open = chart.points().isEmpty() ? null
                            : chart.points().get(chart.points().size() - 1).o();
                    return new ProviderQuote(instrument.symbol(), Prices.onTick(chart.price(), tick), null, null,
                            Prices.onTick(open, tick), Prices.onTick(chart.dayHigh(), tick),
                            Prices.onTick(chart.dayLow(), tick), chart.dayVolume(),
                            Prices.onTick(chart.previousClose(), tick), Instant.ofEpochSecond(chart.priceTime()));
                });
    }

    /**
     * Yahoo stamps daily and longer bars with the session's opening second (14:30Z for New York); the store starts
     * them at midnight in the exchange's zone, as the simulator does.
     */
    private static Bar bar(Point point, BigDecimal tick, ZoneId dailyZone) {
        Instant t = Instant.ofEpochSecond(point.t());
        if (dailyZone != null) {
            t = t.atZone(dailyZone).toLocalDate().atStartOfDay(dailyZone).toInstant();
        }
        return new Bar(t, Prices.onTick(point.o(), tick), Prices.onTick(point.h(), tick),
                Prices.onTick(point.l(), tick), Prices.onTick(point.c(), tick), point.v());
    }

    private Instrument instrument(String symbol) {
        return instruments.find(symbol).orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND,
                "unknown symbol " + symbol));
    }
}
