package com.tradesense.marketdata.providers;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tradesense.IntegrationTest;
import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.live.MarketFeed;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** A symbol switched to a real provider gets that provider's history, and a second run fetches only what is new. */
@IntegrationTest
class ProviderBackfillTests {

    private static final Instant NOW = Instant.parse("2026-11-20T16:00:00Z");

    @Autowired
    Instruments instruments;
    @Autowired
    TradingCalendars calendars;
    @Autowired
    BarRepository bars;
    @Autowired
    JdbcClient jdbc;

    /** Serves TSLA with one bar per asked minute or day, and remembers what it was asked. */
    static final class RecordingProvider implements MarketFeed, QuoteProvider, HistoryProvider {

        final List<String> asked = new ArrayList<>();

        @Override
        public String provider() {
            return "massive";
        }

        @Override
        public boolean supports(String symbol, Interval interval) {
            return interval == Interval.M1 || interval == Interval.D1;
        }

        @Override
        public Fetched<List<Bar>> bars(String symbol, Interval interval, Instant from, Instant to) {
            asked.add(interval.code() + " " + from + " " + to);
            List<Bar> out = new ArrayList<>();
            Duration step = interval == Interval.M1 ? Duration.ofMinutes(1) : Duration.ofDays(1);
            for (Instant t = from; t.isBefore(to) && out.size() < 5; t = t.plus(step)) {
                out.add(new Bar(t, new BigDecimal("250.10"), new BigDecimal("251"), new BigDecimal("249.5"),
                        new BigDecimal("250.75"), 1000));
            }
            return new Fetched<>(out, false, NOW);
        }

        @Override
        public boolean carries(String symbol) {
            return symbol.equals("TSLA");
        }

        @Override
        public Fetched<ProviderQuote> quote(String symbol) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void start(Set<String> symbols, FeedSink sink) {
        }

        @Override
        public void stop() {
        }

        @Override
        public FeedHealth health() {
            return new FeedHealth("massive", "STOPPED", "STREAM", 0, null, 0, -1, null);
        }
    }

    @BeforeEach
    void clear() {
        jdbc.sql("delete from marketdata_bars_1m where symbol = 'TSLA'").update();
        jdbc.sql("delete from marketdata_bars_1d where symbol = 'TSLA'").update();
    }

    @Test
    void fetchesMinutesAndDaysOfRoutedSymbolsAndOnlyWhatIsMissingNextTime() {
        RecordingProvider massive = new RecordingProvider();
        MarketFeeds feeds = new MarketFeeds(List.of(massive), instruments,
                new ProviderRouting(Map.of("massive", List.of("TSLA-ONLY", "NASDAQ"))));
        ProviderBackfill backfill = new ProviderBackfill(feeds, instruments, calendars, bars,
                Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofDays(30), 2);

        assertThat(backfill.run()).isEqualTo(1);
        assertThat(massive.asked).containsExactly("1m 2026-10-21T16:00:00Z 2026-11-20T16:00:00Z",
                "1d 2024-11-20T05:00:00Z 2026-11-20T05:00:00Z");
        assertThat(bars.lastMinuteBar("TSLA").orElseThrow().t()).isEqualTo(Instant.parse("2026-10-21T16:04:00Z"));
        assertThat(bars.lastTradingDate("TSLA")).contains(LocalDate.of(2024, 11, 24));

        massive.asked.clear();
        backfill.run();
        assertThat(massive.asked).containsExactly("1m 2026-10-21T16:05:00Z 2026-11-20T16:00:00Z",
                "1d 2024-11-25T05:00:00Z 2026-11-20T05:00:00Z");
    }
}
