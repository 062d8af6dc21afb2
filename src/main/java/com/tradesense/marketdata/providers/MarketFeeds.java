package com.tradesense.marketdata.providers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.live.MarketFeed;

/**
 * The configured real feeds and the catalog symbols each should serve, by the routing setting; every enabled
 * instrument not assigned here stays on the simulated exchange. The live hub starts each assignment's feed once.
 */
public final class MarketFeeds {

    /** A real feed and the symbols to start it with. */
    public record Assignment(MarketFeed feed, Set<String> symbols) {
    }

    private final Map<String, MarketFeed> feeds = new LinkedHashMap<>();
    private final Map<String, QuoteProvider> quotes = new LinkedHashMap<>();
    private final Map<String, HistoryProvider> histories = new LinkedHashMap<>();
    private final Instruments instruments;
    private final ProviderRouting routing;

    MarketFeeds(List<MarketFeed> realFeeds, Instruments instruments, ProviderRouting routing) {
        for (MarketFeed feed : realFeeds) {
            feeds.put(feed.provider(), feed);
            if (feed instanceof QuoteProvider quote) {
                quotes.put(feed.provider(), quote);
            }
            if (feed instanceof HistoryProvider history) {
                histories.put(feed.provider(), history);
            }
        }
        this.instruments = instruments;
        this.routing = routing;
    }

    /** Feeds with at least one symbol to serve, from the catalog's enabled instruments as they are now. */
    public List<Assignment> assignments() {
        Map<String, Set<String>> symbols = new LinkedHashMap<>();
        for (Instrument instrument : instruments.search("", null, null)) {
            providerOf(instrument).ifPresent(provider -> symbols.computeIfAbsent(provider, p -> new TreeSet<>())
                    .add(instrument.symbol()));
        }
        List<Assignment> assignments = new ArrayList<>();
        symbols.forEach((provider, served) -> assignments.add(new Assignment(feeds.get(provider), Set.copyOf(served))));
        return assignments;
    }

    /** The real provider serving that symbol, empty when it is simulated (or unknown). */
    public Optional<String> providerOf(String symbol) {
        return instruments.find(symbol).flatMap(this::providerOf);
    }

    /** Where to backfill that symbol's history from, when a real provider serves it. */
    public Optional<HistoryProvider> historyProvider(String symbol) {
        return providerOf(symbol).map(histories::get);
    }

    /** Where to read that symbol's REST quote from, when a real provider serves it. */
    public Optional<QuoteProvider> quoteProvider(String symbol) {
        return providerOf(symbol).map(quotes::get);
    }

    private Optional<String> providerOf(Instrument instrument) {
        return routing.providerFor(instrument, (provider, symbol) -> quotes.containsKey(provider)
                && quotes.get(provider).carries(symbol));
    }
}
