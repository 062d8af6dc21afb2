package com.tradesense.marketdata.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.marketdata.web.MarketDataApi.QuoteView;
import com.tradesense.platform.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market")
@Tag(name = "Market data")
class QuoteController {

    static final int MAX_SYMBOLS = 50;
    private static final String QUOTE_DESCRIPTION = " From the live feed: price is the last trade, bid and ask the "
            + "best quotes; open, dayHigh, dayLow and volume cover the current trading day's regular session (the "
            + "last one before today's open); prevClose is the previous trading day's regular close. An instrument "
            + "the feed has not priced yet is quoted from its stored bars (price the last 1-minute close, bid and ask "
            + "price -/+ half a typical spread).";

    private final Instruments instruments;
    private final MarketData quotes;

    QuoteController(Instruments instruments, MarketData quotes) {
        this.instruments = instruments;
        this.quotes = quotes;
    }

    @GetMapping("/quote/{symbol}")
    @Operation(summary = "Latest quote of one instrument", description = "404 INSTRUMENT_NOT_FOUND for an unknown "
            + "symbol, 404 QUOTE_NOT_AVAILABLE when nothing has traded yet. Write FX symbols as EUR-USD."
            + QUOTE_DESCRIPTION)
    QuoteView quote(@PathVariable String symbol) {
        Instrument instrument = instruments.find(symbol).orElseThrow(() -> CatalogInstruments.notFound(symbol));
        return quotes.quote(instrument.symbol()).map(QuoteView::of).orElseThrow(() -> ApiException.notFound(
                "QUOTE_NOT_AVAILABLE", "Nothing has traded in " + instrument.symbol() + " yet."));
    }

    @GetMapping("/quotes")
    @Operation(summary = "Latest quotes of several instruments", description = "In the order asked; instruments "
            + "that have not traded yet are left out. 400 naming symbols when none or more than 50 are given; 404 "
            + "INSTRUMENT_NOT_FOUND naming every unknown symbol." + QUOTE_DESCRIPTION)
    List<QuoteView> quotes(@Parameter(description = "Comma-separated, at most 50: AAPL,BTC-USD,EUR-USD")
            @RequestParam String symbols) {
        List<String> asked = Arrays.stream(symbols.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        if (asked.isEmpty() || asked.size() > MAX_SYMBOLS) {
            throw ApiException.badRequest("INVALID_SYMBOLS", "symbols",
                    "symbols must list 1 to " + MAX_SYMBOLS + " comma-separated symbols");
        }
        List<Instrument> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String symbol : asked) {
            instruments.find(symbol).ifPresentOrElse(found::add, () -> unknown.add(symbol));
        }
        if (!unknown.isEmpty()) {
            throw ApiException.notFound("INSTRUMENT_NOT_FOUND", "No instrument with symbol "
                    + String.join(", ", unknown) + ".");
        }
        return found.stream().map(instrument -> quotes.quote(instrument.symbol())).flatMap(Optional::stream)
                .map(QuoteView::of).toList();
    }
}
