package com.tradesense.marketdata.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.live.MarketFeed;
import org.junit.jupiter.api.Test;

class MarketFeedsTests {

    /** A provider carrying every symbol whose name is listed. */
    record FakeFeed(String provider, Set<String> known) implements MarketFeed, QuoteProvider {

        @Override
        public void start(Set<String> symbols, FeedSink sink) {
        }

        @Override
        public void stop() {
        }

        @Override
        public FeedHealth health() {
            return new FeedHealth(provider, "STOPPED", "STREAM", 0, null, 0, -1, null);
        }

        @Override
        public boolean carries(String symbol) {
            return known.contains(symbol);
        }

        @Override
        public Fetched<ProviderQuote> quote(String symbol) {
            throw new UnsupportedOperationException();
        }
    }

    private final FakeFeed massive = new FakeFeed("massive", Set.of("AAPL", "MSFT", "TSLA", "BTC-USD", "EUR/USD",
            "SPX"));
    private final FakeFeed bvc = new FakeFeed("bvc", Set.of("ATW", "IAM", "BCP"));

    @Test
    void withoutRoutingEverythingStaysSimulated() {
        MarketFeeds feeds = new MarketFeeds(List.of(massive, bvc), ProviderTestSupport.instruments(),
                new ProviderRouting(Map.of()));

        assertThat(feeds.assignments()).isEmpty();
        assertThat(feeds.providerOf("AAPL")).isEmpty();
    }

    @Test
    void exchangesAndAssetClassesPickTheProviderThatCarriesTheSymbol() {
        MarketFeeds feeds = new MarketFeeds(List.of(massive, bvc), ProviderTestSupport.instruments(),
                new ProviderRouting(new java.util.LinkedHashMap<>(Map.of("massive", List.of("nasdaq", "CRYPTO"),
                        "bvc", List.of("BVC")))));

        assertThat(feeds.assignments()).containsExactlyInAnyOrder(
                new MarketFeeds.Assignment(massive, Set.of("AAPL", "MSFT", "TSLA", "BTC-USD")),
                new MarketFeeds.Assignment(bvc, Set.of("ATW", "IAM", "BCP")));
        assertThat(feeds.providerOf("EUR/USD")).isEmpty(); // FX is not routed
        assertThat(feeds.quoteProvider("ATW")).containsSame(bvc);
        assertThat(feeds.historyProvider("ATW")).isEmpty(); // the fake has no history
    }

    @Test
    void aRoutedProviderThatIsNotConfiguredLeavesItsSymbolsSimulated() {
        MarketFeeds feeds = new MarketFeeds(List.of(bvc), ProviderTestSupport.instruments(),
                new ProviderRouting(Map.of("yahoo", List.of("COMEX"), "massive", List.of("NASDAQ"))));

        assertThat(feeds.assignments()).isEmpty();
        assertThat(feeds.providerOf("GC=F")).isEmpty();
    }

    @Test
    void routingFallsThroughToTheNextProviderThatCarriesTheSymbol() {
        FakeFeed yahoo = new FakeFeed("yahoo", Set.of("GC=F", "SPX"));
        MarketFeeds feeds = new MarketFeeds(List.of(massive, yahoo), ProviderTestSupport.instruments(),
                new ProviderRouting(new java.util.LinkedHashMap<>(Map.of("massive", List.of("INDEX", "COMMODITY")))
                {{ put("yahoo", List.of("COMMODITY")); }}));

        assertThat(feeds.providerOf("SPX")).contains("massive");
        assertThat(feeds.providerOf("GC=F")).contains("yahoo");
        assertThat(Interval.D1).isNotNull();
    }
}
