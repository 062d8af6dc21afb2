package com.tradesense.marketdata.providers.yahoo;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderException.Kind;
import com.tradesense.marketdata.providers.ProviderHttp;
import tools.jackson.databind.JsonNode;

/**
 * Yahoo Finance's chart API, {@code GET /v8/finance/chart/{symbol}} (shapes in wire-formats.md section 2). It needs
 * no cookie or crumb, unlike {@code v7/finance/quote}, so quotes are read from the chart's {@code meta} too.
 */
final class YahooChartClient {

    private final ProviderHttp http;
    private final URI base;

    YahooChartClient(ProviderHttp http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** One bar of the chart, {@code t} in epoch seconds as Yahoo sends it. */
    record Point(long t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v) {
    }

    /** The chart's {@code meta} fields a quote needs, and the bars (minutes without a trade left out). */
    record Chart(String symbol, ZoneId zone, BigDecimal price, long priceTime, BigDecimal previousClose,
            BigDecimal dayHigh, BigDecimal dayLow, long dayVolume, List<Point> points) {
    }

    Chart range(String symbol, String interval, String range) {
        return chart(symbol, "interval=" + interval + "&range=" + range);
    }

    Chart between(String symbol, String interval, Instant from, Instant to) {
        return chart(symbol, "interval=" + interval + "&period1=" + from.getEpochSecond() + "&period2="
                + to.getEpochSecond() + "&includePrePost=true");
    }

    private Chart chart(String symbol, String query) {
        URI uri = URI.create(base.toString().replaceAll("/+$", "") + "/v8/finance/chart/"
                + encode(symbol) + "?" + query);
        JsonNode chart = http.get(uri).path("chart");
        JsonNode result = chart.path("result");
        if (!result.isArray() || result.isEmpty()) {
            String description = chart.path("error").path("description").asString("no chart");
            throw new ProviderException(http.provider(), Kind.NOT_FOUND, symbol + ": " + description);
        }
        JsonNode first = result.get(0);
        JsonNode meta = first.path("meta");
        BigDecimal previousClose = decimal(meta.path("previousClose"));
        return new Chart(symbol, ZoneId.of(meta.path("exchangeTimezoneName").asString("UTC")),
                decimal(meta.path("regularMarketPrice")), meta.path("regularMarketTime").asLong(0),
                previousClose != null ? previousClose : decimal(meta.path("chartPreviousClose")),
                decimal(meta.path("regularMarketDayHigh")), decimal(meta.path("regularMarketDayLow")),
                meta.path("regularMarketVolume").asLong(0), points(first));
    }

    /** An empty window has no {@code timestamp} and an empty quote object; a minute without trades has nulls. */
    private static List<Point> points(JsonNode result) {
        JsonNode timestamps = result.path("timestamp");
        JsonNode quote = result.path("indicators").path("quote").path(0);
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < timestamps.size(); i++) {
            BigDecimal o = decimal(quote.path("open").path(i));
            BigDecimal h = decimal(quote.path("high").path(i));
            BigDecimal l = decimal(quote.path("low").path(i));
            BigDecimal c = decimal(quote.path("close").path(i));
            if (o == null || h == null || l == null || c == null) {
                continue;
            }
            points.add(new Point(timestamps.get(i).asLong(), o, h, l, c, quote.path("volume").path(i).asLong(0)));
        }
        return points;
    }

    /** {@code EURUSD=X} and {@code GC=F} stay readable; the caret of {@code ^GSPC} must be encoded. */
    private static String encode(String symbol) {
        return symbol.matches("[A-Za-z0-9.=_-]+") ? symbol : URLEncoder.encode(symbol, StandardCharsets.UTF_8);
    }

    private static BigDecimal decimal(JsonNode value) {
        return value.isNumber() ? value.decimalValue() : null;
    }
}
