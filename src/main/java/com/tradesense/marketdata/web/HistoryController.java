package com.tradesense.marketdata.web;

import java.time.Instant;

import com.tradesense.marketdata.bars.BarHistory;
import com.tradesense.marketdata.web.MarketDataApi.HistoryView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/market/history")
@Tag(name = "Market data")
class HistoryController {

    private final BarHistory history;

    HistoryController(BarHistory history) {
        this.history = history;
    }

    @GetMapping("/{symbol}")
    @Operation(summary = "Price history as bars", description = """
            Bars {t, o, h, l, c, v} oldest first, t being the start of each bar. Intraday intervals (1m to 4h) are \
            aggregated from 1-minute bars and aligned to the start of the exchange session segment (NYSE hourly bars \
            start at 09:30); 1d is the exchange's regular-session trading day, 1w the ISO week and 1M the calendar \
            month, all stamped at the start of the date in the exchange time zone (`timezone`).

            Paging: the response holds the newest `limit` bars starting in [from, to). When older bars of the range \
            were left out, `nextTo` is the start of the oldest bar returned: request again with `to=nextTo` (same \
            interval, from and limit) for the bars before it, until `nextTo` is absent. Without `from` the range is \
            open towards the past and `limit` alone decides how far back, so a chart loads with `to` omitted and \
            scrolls back with `to=nextTo`. A single request reads at most 100,000 stored rows, so long intraday \
            intervals may return fewer than `limit` bars together with `nextTo`. Bars are built from the data inside \
            the range only: a from or to that cuts a bar's window yields a partial bar at that edge.

            400 INVALID_INTERVAL (interval), INVALID_LIMIT (limit, 1 to 5000), INVALID_RANGE (from not before to) or \
            an unparsable instant naming from or to; 404 INSTRUMENT_NOT_FOUND. Write FX symbols as EUR-USD.""")
    HistoryView history(@PathVariable String symbol,
            @Parameter(description = "1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w or 1M (case-sensitive)")
            @RequestParam(defaultValue = "1m") String interval,
            @Parameter(description = "Inclusive ISO-8601 instant; omitted: no lower bound, limit decides")
            @RequestParam(required = false) Instant from,
            @Parameter(description = "Exclusive ISO-8601 instant; omitted: now")
            @RequestParam(required = false) Instant to,
            @Parameter(description = "Most bars to return, 1 to 5000 (default 500)")
            @RequestParam(required = false) Integer limit,
            @Parameter(description = "Include pre-market and after-hours minutes; intraday intervals only")
            @RequestParam(defaultValue = "false") boolean includeExtendedHours) {
        return HistoryView.of(history.history(symbol, interval, from, to, limit, includeExtendedHours));
    }
}
