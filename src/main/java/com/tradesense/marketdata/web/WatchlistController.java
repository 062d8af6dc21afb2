package com.tradesense.marketdata.web;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.watchlist.Watchlists;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/watchlist")
@Tag(name = "Market data")
class WatchlistController {

    private final Watchlists watchlists;
    private final Instruments instruments;
    private final MarketData marketData;

    WatchlistController(Watchlists watchlists, Instruments instruments, MarketData marketData) {
        this.watchlists = watchlists;
        this.instruments = instruments;
        this.marketData = marketData;
    }

    /** One watched instrument with its latest quote (null before it has traded). */
    record WatchlistItem(String symbol, String name, String exchange, String assetClass, String currency,
            @Schema(nullable = true) MarketDataApi.QuoteView quote) {
    }

    record WatchlistView(List<WatchlistItem> items, int maxItems) {
    }

    @GetMapping
    @Operation(summary = "My watchlist with quotes", description = "The symbols in the member's order, each with its "
            + "instrument and latest quote; empty for a member who has added none.")
    WatchlistView watchlist(@AuthenticationPrincipal Jwt user) {
        return view(watchlists.symbols(userId(user)));
    }

    @PutMapping("/{symbol}")
    @Operation(summary = "Add a symbol to my watchlist", description = "Appends it (no change when already there). "
            + "404 INSTRUMENT_NOT_FOUND; 422 WATCHLIST_FULL past 50 symbols. Write FX symbols as EUR-USD.")
    WatchlistView add(@AuthenticationPrincipal Jwt user, @PathVariable String symbol) {
        return view(watchlists.add(userId(user), symbol));
    }

    @DeleteMapping("/{symbol}")
    @Operation(summary = "Remove a symbol from my watchlist", description = "Removing a symbol that is not there is "
            + "not an error.")
    WatchlistView remove(@AuthenticationPrincipal Jwt user, @PathVariable String symbol) {
        return view(watchlists.remove(userId(user), symbol));
    }

    private WatchlistView view(List<String> symbols) {
        List<WatchlistItem> items = symbols.stream().map(instruments::find).flatMap(Optional::stream)
                .map(this::item).toList();
        return new WatchlistView(items, Watchlists.MAX_SYMBOLS);
    }

    private WatchlistItem item(Instrument instrument) {
        return new WatchlistItem(instrument.symbol(), instrument.name(), instrument.exchange(),
                instrument.assetClass().name(), instrument.currency(),
                marketData.quote(instrument.symbol()).map(MarketDataApi.QuoteView::of).orElse(null));
    }

    private static UUID userId(Jwt user) {
        return UUID.fromString(user.getSubject());
    }
}
