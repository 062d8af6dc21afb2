package com.tradesense.marketdata.providers.bvc;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;

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
import com.tradesense.marketdata.providers.bvc.BvcClient.BoardRow;
import tools.jackson.databind.JavaType;

/**
 * The Casablanca bourse: one request reads the whole live board, so the feed polls it and delivers a print for
 * every stock whose last price or traded volume moved (sized by the volume's growth) and its best bid and ask.
 * The board carries no trade time: prints are stamped with the poll's time. History is daily only, published after
 * the session, and needs the bourse's internal instrument id ({@code bvc.instrument-ids}). Board tickers are the
 * catalog's BVC symbols.
 */
public final class BvcFeed extends PollingFeed implements HistoryProvider, QuoteProvider {

    public static final String PROVIDER = "bvc";

    private static final ZoneId CASABLANCA = ZoneId.of("Africa/Casablanca");
    private static final JavaType BOARD = ProviderHttp.JSON.getTypeFactory().constructCollectionType(List.class,
            BoardRow.class);
    private static final JavaType BARS = ProviderHttp.JSON.getTypeFactory().constructCollectionType(List.class,
            Bar.class);

    private final BvcClient client;
    private final ProviderGuard guard;
    private final Instruments instruments;
    private final Map<String, String> instrumentIds;
    private final Clock clock;
    private final Map<String, BoardRow> lastRows = new ConcurrentHashMap<>();

    public BvcFeed(ProviderHttp http, ProviderGuard guard, Instruments instruments, ProviderProperties.Bvc properties,
            Clock clock) {
        super(PROVIDER, properties.pollInterval(), clock);
        this.client = new BvcClient(http, properties.baseUrl());
        this.guard = guard;
        this.instruments = instruments;
        this.instrumentIds = properties.instrumentIds();
        this.clock = clock;
    }

    @Override
    public String provider() {
        return PROVIDER;
    }

    @Override
    protected String poll(Set<String> served, FeedSink sink) {
        Map<String, BoardRow> board = guard.call(client::board).stream()
                .collect(Collectors.toMap(BoardRow::ticker, Function.identity(), (a, b) -> a));
        long now = clock.millis();
        List<String> missing = served.stream().filter(symbol -> !board.containsKey(symbol)).sorted().toList();
        for (String symbol : served) {
            BoardRow row = board.get(symbol);
            Optional<Instrument> instrument = instruments.find(symbol);
            if (row == null || instrument.isEmpty()) {
                continue;
            }
            BigDecimal tick = instrument.get().tickSize();
            BoardRow previous = lastRows.put(symbol, row);
            boolean moved = previous == null || row.sharesTraded() != previous.sharesTraded()
                    || !same(row.last(), previous.last());
            if (row.last() != null && row.last().signum() > 0 && moved) {
                long size = previous == null ? 0 : Math.max(0, row.sharesTraded() - previous.sharesTraded());
                sink.trade(symbol, now, Prices.onTick(row.last(), tick), size);
                status().received(now);
            }
            if (positive(row.bid()) && positive(row.ask())) {
                sink.quote(symbol, now, Prices.onTick(row.bid(), tick), Prices.onTick(row.ask(), tick));
            }
        }
        return missing.isEmpty() ? null : "not on the board: " + String.join(", ", missing);
    }

    @Override
    public boolean carries(String symbol) {
        return instruments.find(symbol).filter(i -> "BVC".equals(i.exchange())).isPresent();
    }

    @Override
    public boolean supports(String symbol, Interval interval) {
        return interval == Interval.D1 && instruments.find(symbol).map(i -> instrumentIds.containsKey(i.symbol()))
                .orElse(false);
    }

    @Override
    public Fetched<List<Bar>> bars(String symbol, Interval interval, Instant from, Instant to) {
        Instrument instrument = instrument(symbol);
        String id = instrumentIds.get(instrument.symbol());
        if (interval != Interval.D1 || id == null) {
            throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "BVC serves daily history of symbols with a "
                    + "configured instrument id; " + symbol + " " + interval.code() + " is not one");
        }
        LocalDate first = from.atZone(CASABLANCA).toLocalDate();
        LocalDate last = to.minusNanos(1).atZone(CASABLANCA).toLocalDate();
        BigDecimal tick = instrument.tickSize();
        return guard.fetch("bars:" + id + ":" + first + ":" + last, DataKind.DAILY_BARS, BARS,
                () -> client.history(id, first, last).stream()
                        .map(s -> new Bar(s.date().atStartOfDay(CASABLANCA).toInstant(), Prices.onTick(s.open(), tick),
                                Prices.onTick(s.high(), tick), Prices.onTick(s.low(), tick),
                                Prices.onTick(s.close(), tick), s.sharesTraded()))
                        .filter(bar -> !bar.t().isBefore(from) && bar.t().isBefore(to))
                        .toList());
    }

    /** From the live board, which is cached as a whole: quotes of all BVC stocks cost one request per TTL. */
    @Override
    public Fetched<ProviderQuote> quote(String symbol) {
        Instrument instrument = instrument(symbol);
        Fetched<List<BoardRow>> board = guard.fetch("board", DataKind.QUOTE, BOARD, client::board);
        BoardRow row = board.value().stream().filter(r -> r.ticker().equals(instrument.symbol())).findFirst()
                .orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND, symbol + " is not on the board"));
        if (row.last() == null) {
            throw new ProviderException(PROVIDER, Kind.NOT_FOUND, "no price for " + symbol + " yet");
        }
        BigDecimal tick = instrument.tickSize();
        return new Fetched<>(new ProviderQuote(instrument.symbol(), Prices.onTick(row.last(), tick),
                positive(row.bid()) ? Prices.onTick(row.bid(), tick) : null,
                positive(row.ask()) ? Prices.onTick(row.ask(), tick) : null, Prices.onTick(row.open(), tick),
                Prices.onTick(row.high(), tick), Prices.onTick(row.low(), tick), row.sharesTraded(),
                Prices.onTick(row.referencePrice(), tick), board.fetchedAt()), board.stale(), board.fetchedAt());
    }

    private Instrument instrument(String symbol) {
        return instruments.find(symbol).filter(i -> "BVC".equals(i.exchange()))
                .orElseThrow(() -> new ProviderException(PROVIDER, Kind.NOT_FOUND, "not a BVC symbol: " + symbol));
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private static boolean positive(BigDecimal value) {
        return value != null && value.signum() > 0;
    }
}
