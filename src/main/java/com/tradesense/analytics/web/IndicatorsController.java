package com.tradesense.analytics.web;

import java.time.Instant;

import com.tradesense.analytics.IndicatorSeries;
import com.tradesense.analytics.engine.AnalyticsService;
import com.tradesense.marketdata.Interval;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Analytics")
class IndicatorsController {

    private final AnalyticsService analytics;

    IndicatorsController(AnalyticsService analytics) {
        this.analytics = analytics;
    }

    @GetMapping("/{symbol}")
    @Operation(summary = "Indicator series aligned with the bars", description = """
            `t` holds the bar starts of [from, to) (without from: the newest 500 bars) and each indicator maps its \
            lines to one value per bar, null before it has enough bars. Up to 5000 bars before `to` warm the \
            indicators up, as a chart's full history would. Indicators: sma(n), ema(n), wma(n), rsi(n), \
            macd(fast,slow,signal), bb(n,width), atr(n), stoch(k,d) or stoch(k,smoothing,d), adx(n) (lines adx, \
            plusDi, minusDi), obv, vwap (session VWAP with upper1..3/lower1..3); parameters left out take the usual \
            defaults. Conventions: stockcharts (default), tradingview (EMA seeded with its first value), ta-lib \
            (ATR from the second bar, MACD's EMAs aligned, OBV from the first volume).

            400 INVALID_INDICATOR naming indicators[i], INVALID_INTERVAL, INVALID_CONVENTION, INVALID_RANGE; \
            404 INSTRUMENT_NOT_FOUND.""")
    IndicatorSeries indicators(@PathVariable String symbol,
            @Parameter(description = "1m, 5m, 15m, 30m, 1h, 4h, 1d, 1w or 1M") @RequestParam(defaultValue = "1d")
            String interval,
            @Parameter(description = "Inclusive ISO-8601 instant") @RequestParam(required = false) Instant from,
            @Parameter(description = "Exclusive ISO-8601 instant; omitted: now") @RequestParam(required = false)
            Instant to,
            @Parameter(description = "Comma-separated specs, e.g. rsi(14),macd(12,26,9),bb(20,2)")
            @RequestParam String indicators,
            @Parameter(description = "stockcharts, tradingview or ta-lib") @RequestParam(required = false)
            String convention) {
        return analytics.indicators(symbol, Interval.parse(interval), from, to, AnalyticsApi.specs(indicators),
                AnalyticsApi.convention(convention));
    }
}
