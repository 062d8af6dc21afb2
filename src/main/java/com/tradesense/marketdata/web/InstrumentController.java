package com.tradesense.marketdata.web;

import java.util.List;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.marketdata.web.MarketDataApi.InstrumentView;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.PageQuery;
import com.tradesense.platform.PageResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market/instruments")
@Tag(name = "Market data", description = "Instruments, exchange calendars and market status")
class InstrumentController {

    private final CatalogInstruments instruments;

    InstrumentController(CatalogInstruments instruments) {
        this.instruments = instruments;
    }

    @GetMapping
    @Operation(summary = "Search instruments", description = "Matches symbols and names: exact symbol first, then "
            + "symbol prefixes, then the start of any name word, then one typo (APPL finds AAPL). Disabled "
            + "instruments are left out. A blank query lists everything by symbol.")
    PageResponse<InstrumentView> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) AssetClass assetClass,
            @Parameter(description = "Listing venue: NYSE, NASDAQ, BVC, CRYPTO, FX, COMEX, NYMEX or INDEX")
            @RequestParam(required = false) String exchange,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageQuery query = new PageQuery(page, size);
        if (q != null && q.length() > 100) {
            throw ApiException.badRequest("INVALID_QUERY", "q", "q must be at most 100 characters");
        }
        if (exchange != null && !instruments.exchanges().contains(exchange)) {
            throw ApiException.badRequest("UNKNOWN_EXCHANGE", "exchange", "exchange must be one of "
                    + String.join(", ", instruments.exchanges()));
        }
        List<Instrument> found = instruments.search(q, assetClass, exchange);
        List<InstrumentView> pageItems = found.stream().skip(query.offset()).limit(query.size())
                .map(InstrumentView::of).toList();
        return PageResponse.of(pageItems, query, found.size());
    }

    @GetMapping("/{symbol}")
    @Operation(summary = "One instrument by symbol", description = "Case-insensitive. Write the '/' of FX symbols as "
            + "'-' (EUR-USD for EUR/USD): an encoded slash (%2F) in a path is refused by the server's firewall. "
            + "Disabled instruments are still returned, with enabled=false. 404 INSTRUMENT_NOT_FOUND otherwise.")
    InstrumentView instrument(@PathVariable String symbol) {
        return instruments.find(symbol).map(InstrumentView::of)
                .orElseThrow(() -> CatalogInstruments.notFound(symbol));
    }
}
