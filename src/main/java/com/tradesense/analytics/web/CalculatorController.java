package com.tradesense.analytics.web;

import java.time.ZoneOffset;

import com.tradesense.analytics.IndicatorSeries;
import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.PivotLevels;
import com.tradesense.analytics.PivotType;
import com.tradesense.analytics.engine.AnalyticsService;
import com.tradesense.analytics.levels.FixedHoursSchedule;
import com.tradesense.analytics.levels.Pivots;
import com.tradesense.analytics.levels.SessionSchedule;
import com.tradesense.analytics.web.AnalyticsApi.IndicatorsRequest;
import com.tradesense.analytics.web.AnalyticsApi.LevelsRequest;
import com.tradesense.analytics.web.AnalyticsApi.PivotRequest;
import com.tradesense.platform.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The engine on the caller's own numbers. */
@RestController
@RequestMapping("/api/v1/analytics")
@Tag(name = "Analytics")
class CalculatorController {

    private final AnalyticsService analytics;

    CalculatorController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @PostMapping("/pivots")
    @Operation(summary = "Pivot levels from a high, low and close", description = """
            All levels of one family, as TradingView's Pivot Points Standard defines it, in exact decimals rounded \
            half-up to 4 places (2 more than the finest input when that is finer). 400 INVALID_PIVOT_TYPE (type), \
            INVALID_PIVOT_INPUT naming high, low, close or open (Woodie and DeMark need one).""")
    PivotLevels pivots(@RequestBody PivotRequest request) {
        if (request.type() == null) {
            throw ApiException.badRequest("INVALID_PIVOT_TYPE", "type", "type is required");
        }
        PivotType type = AnalyticsApi.pivotType(request.type(), "type");
        for (var field : new Object[][] {{"high", request.high()}, {"low", request.low()}, {"close", request.close()}}) {
            if (field[1] == null) {
                throw ApiException.badRequest("INVALID_PIVOT_INPUT", (String) field[0], field[0] + " is required");
            }
        }
        if (request.high().compareTo(request.low()) < 0) {
            throw ApiException.badRequest("INVALID_PIVOT_INPUT", "low", "low must not be above high");
        }
        if ((type == PivotType.WOODIE || type == PivotType.DEMARK) && request.open() == null) {
            throw ApiException.badRequest("INVALID_PIVOT_INPUT", "open", type.name().toLowerCase()
                    + " pivots need an open (Woodie: the current period's, DeMark: the previous period's)");
        }
        return Pivots.of(type, request.high(), request.low(), request.close(), request.open());
    }

    @PostMapping("/indicators")
    @Operation(summary = "Indicator series over the caller's bars", description = """
            The same series as GET /api/v1/indicators over the bars sent (1 to 5000, ascending t). 400 INVALID_BARS \
            naming bars[i].field, INVALID_INDICATOR naming indicators[i], INVALID_CONVENTION, INVALID_TIMEZONE, \
            UNKNOWN_EXCHANGE.""")
    IndicatorSeries indicators(@RequestBody IndicatorsRequest request) {
        var bars = AnalyticsApi.bars(request.bars());
        SessionSchedule schedule = request.exchange() != null
                ? analytics.exchangeSchedule(request.exchange(), bars.get(bars.size() - 1).t())
                : new FixedHoursSchedule(request.timezone() != null ? AnalyticsApi.zone(request.timezone())
                        : ZoneOffset.UTC);
        return analytics.indicators(bars, request.indicators(), AnalyticsApi.convention(request.convention()),
                schedule);
    }

    @PostMapping("/levels")
    @Operation(summary = "Key levels from the caller's intraday bars", description = """
            PDH/PDL/PDC, PMH/PML, opening ranges, previous week/month, pivots, ATR range and VWAP computed from \
            exactly the bars sent, daily bars being built from their regular sessions. Sessions come from exchange \
            (its holidays and early closes) or from timezone (US equity hours on weekdays). 400 INVALID_BARS naming \
            bars[i].field, INVALID_TIMEZONE, UNKNOWN_EXCHANGE (exchange), INVALID_PIVOT_TYPE (pivots), asOf \
            missing.""")
    KeyLevels levels(@RequestBody LevelsRequest request) {
        if (request.asOf() == null) {
            throw ApiException.badRequest("INVALID_AS_OF", "asOf", "asOf is required");
        }
        if ((request.exchange() == null) == (request.timezone() == null)) {
            throw ApiException.badRequest("INVALID_SESSIONS", "timezone", "Give either timezone or exchange");
        }
        var bars = AnalyticsApi.bars(request.bars());
        SessionSchedule schedule = request.exchange() != null
                ? analytics.exchangeSchedule(request.exchange(), request.asOf())
                : new FixedHoursSchedule(AnalyticsApi.zone(request.timezone()));
        PivotType type = request.pivots() == null ? PivotType.TRADITIONAL
                : AnalyticsApi.pivotType(request.pivots(), "pivots");
        return analytics.levels(bars, schedule, request.asOf(), type);
    }
}
