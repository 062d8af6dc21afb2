package com.tradesense.analytics.web;

import java.time.Instant;
import java.time.LocalDate;

import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.engine.AnalyticsService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

@RestController
@RequestMapping("/api/v1/levels")
@Tag(name = "Analytics")
class LevelsController {

    private final AnalyticsService analytics;
    private final LevelsStream stream;

    LevelsController(AnalyticsService analytics, LevelsStream stream) {
        this.analytics = analytics;
        this.stream = stream;
    }

    @GetMapping(path = "/{symbol}/stream", produces = "text/event-stream")
    @Operation(summary = "Live key levels (Server-Sent Events)", description = """
            `levels` events with the body of GET /api/v1/levels/{symbol}: one at once, then one per refresh \
            (tradesense.analytics.levels-refresh, a minute by default) as VWAP, opening ranges and the session's \
            levels follow the forming bars. Distances are to the price at that refresh; between events, compute \
            them against the live quote stream. Accepts a stream ticket (`?ticket=`). 400 INVALID_PIVOT_TYPE \
            (pivots); 404 INSTRUMENT_NOT_FOUND; 422 NO_MARKET_DATA; 429 TOO_MANY_STREAMS past 10.""")
    SseEmitter stream(@AuthenticationPrincipal Jwt user, @PathVariable String symbol,
            @RequestParam(defaultValue = "traditional") String pivots) {
        return stream.open(user.getSubject(), symbol, AnalyticsApi.pivotType(pivots, "pivots"));
    }

    @GetMapping("/{symbol}")
    @Operation(summary = "Key levels of an instrument", description = """
            Levels of the session in progress (or, between sessions, the next one): previous day high/low/close \
            (PDH, PDL, PDC) of the regular session, pre-market high/low (PMH, PML), opening ranges (ORH5/ORL5, \
            ORH15/ORL15, ORH30/ORL30, once complete), previous week and month high/low (PWH, PWL, PMOH, PMOL), \
            daily/weekly/monthly pivots of the chosen family (D.PP, W.R1, M.S2, ...), 50- and 200-week EMA, the \
            ATR expected range (ATRH, ATRL: today's open, or the previous close before the open, plus and minus the \
            14-day ATR) and swing support/resistance zones (SR, with touches and zone edges). Levels are sorted by \
            price; those above the price are RESISTANCE, below SUPPORT, pivots PIVOT; distance is level minus \
            price, also in ATRs. vwap is the regular session's VWAP with 1, 2 and 3 sigma bands. Levels are \
            recomputed at most once a minute; the daily context once per session.

            400 INVALID_PIVOT_TYPE (pivots), NOT_A_TRADING_DAY or INVALID_DATE (date); 404 INSTRUMENT_NOT_FOUND; \
            422 NO_MARKET_DATA.""")
    KeyLevels levels(@PathVariable String symbol,
            @Parameter(description = "A past or today's trading date in the exchange's zone: that session's levels "
                    + "as of its close (or now)") @RequestParam(required = false) LocalDate date,
            @Parameter(description = "Instant the levels are for (default now); ignored with date")
            @RequestParam(required = false) Instant asOf,
            @Parameter(description = "traditional (default), fibonacci, woodie, classic, demark or camarilla")
            @RequestParam(defaultValue = "traditional") String pivots) {
        var type = AnalyticsApi.pivotType(pivots, "pivots");
        return date != null ? analytics.levelsOn(symbol, date, type) : analytics.levels(symbol, asOf, type);
    }
}
