package com.tradesense.analytics.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.tradesense.analytics.Convention;
import com.tradesense.analytics.PivotType;
import com.tradesense.marketdata.Bar;
import com.tradesense.platform.ApiException;
import com.tradesense.platform.FieldViolation;
import io.swagger.v3.oas.annotations.media.Schema;

/** Request bodies of the analytics endpoints and the parsing they share. */
final class AnalyticsApi {

    static final int MAX_BARS = 5000;

    private AnalyticsApi() {
    }

    record PivotRequest(@Schema(example = "traditional", description = "traditional, fibonacci, woodie, classic, "
            + "demark or camarilla") String type, BigDecimal high, BigDecimal low, BigDecimal close,
            @Schema(nullable = true, description = "Woodie: the current period's open; DeMark: the previous "
                    + "period's open; required by those two, ignored by the others") BigDecimal open) {
    }

    @Schema(description = "One bar: t is its start; prices as plain numbers")
    record BarInput(Instant t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, Long v) {
    }

    record IndicatorsRequest(List<BarInput> bars,
            @Schema(example = "[\"rsi(14)\", \"macd(12,26,9)\", \"bb(20,2)\"]") List<String> indicators,
            @Schema(nullable = true, description = "stockcharts (default), tradingview or ta-lib") String convention,
            @Schema(nullable = true, description = "Sessions for vwap: an IANA zone (US equity hours) ...")
            String timezone,
            @Schema(nullable = true, description = "... or a listing venue (NYSE, NASDAQ, BVC, CRYPTO, FX, ...); "
                    + "neither: UTC days") String exchange) {
    }

    record LevelsRequest(@Schema(nullable = true, example = "America/New_York", description = "IANA zone with US "
            + "equity hours on weekdays (pre-market 04:00, regular 09:30-16:00), or give exchange") String timezone,
            @Schema(nullable = true, example = "NASDAQ", description = "Listing venue: its calendar's holidays and "
                    + "early closes apply") String exchange,
            @Schema(description = "The instant the levels are for; bars from it on are ignored") Instant asOf,
            @Schema(nullable = true, example = "traditional") String pivots,
            @Schema(description = "Intraday bars with timestamps, oldest first, pre-market included") List<BarInput> bars) {
    }

    static PivotType pivotType(String value, String field) {
        try {
            return PivotType.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw ApiException.badRequest("INVALID_PIVOT_TYPE", field, "Unknown pivot type '" + value
                    + "'; use traditional, fibonacci, woodie, classic, demark or camarilla");
        }
    }

    static Convention convention(String value) {
        if (value == null || value.isBlank()) {
            return Convention.STOCKCHARTS;
        }
        try {
            return Convention.valueOf(value.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("INVALID_CONVENTION", "convention", "Unknown convention '" + value
                    + "'; use stockcharts, tradingview or ta-lib");
        }
    }

    static ZoneId zone(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (RuntimeException e) {
            throw ApiException.badRequest("INVALID_TIMEZONE", "timezone", "Unknown time zone '" + value + "'");
        }
    }

    /**
     * Splits {@code rsi(14),macd(12,26,9)} at the commas between indicators, not those inside parentheses.
     */
    static List<String> specs(String list) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < list.length(); i++) {
            char ch = list.charAt(i);
            depth += ch == '(' ? 1 : ch == ')' ? -1 : 0;
            if (ch == ',' && depth == 0) {
                out.add(list.substring(start, i).strip());
                start = i + 1;
            }
        }
        out.add(list.substring(start).strip());
        return out;
    }

    /** Bars with every price present, high and low enclosing open and close, volume not negative, time ascending. */
    static List<Bar> bars(List<BarInput> input) {
        if (input == null || input.isEmpty() || input.size() > MAX_BARS) {
            throw ApiException.badRequest("INVALID_BARS", "bars", "Send 1 to " + MAX_BARS + " bars");
        }
        List<FieldViolation> violations = new ArrayList<>();
        List<Bar> bars = new ArrayList<>(input.size());
        for (int i = 0; i < input.size(); i++) {
            BarInput b = input.get(i);
            String at = "bars[" + i + "].";
            if (b == null) {
                violations.add(new FieldViolation("bars[" + i + "]", "must be a bar"));
                continue;
            }
            int before = violations.size();
            require(b.t(), at + "t", violations);
            require(b.o(), at + "o", violations);
            require(b.h(), at + "h", violations);
            require(b.l(), at + "l", violations);
            require(b.c(), at + "c", violations);
            if (violations.size() > before) {
                continue;
            }
            if (b.h().compareTo(b.o().max(b.c()).max(b.l())) < 0) {
                violations.add(new FieldViolation(at + "h", "high must not be below open, close or low"));
            }
            if (b.l().compareTo(b.o().min(b.c())) > 0) {
                violations.add(new FieldViolation(at + "l", "low must not be above open or close"));
            }
            if (b.v() != null && b.v() < 0) {
                violations.add(new FieldViolation(at + "v", "volume must not be negative"));
            }
            if (i > 0 && !bars.isEmpty() && !b.t().isAfter(bars.get(bars.size() - 1).t())) {
                violations.add(new FieldViolation(at + "t", "bars must be in ascending time order"));
            }
            bars.add(new Bar(b.t(), b.o(), b.h(), b.l(), b.c(), b.v() == null ? 0 : b.v()));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(400, "INVALID_BARS", violations.get(0).field() + ": " + violations.get(0).message(),
                    violations);
        }
        return bars;
    }

    private static void require(Object value, String field, List<FieldViolation> violations) {
        if (value == null) {
            violations.add(new FieldViolation(field, "is required"));
        }
    }
}
