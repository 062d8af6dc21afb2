package com.tradesense.marketdata.providers.massive;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.tradesense.marketdata.providers.Prices;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderException.Kind;
import com.tradesense.marketdata.providers.ProviderHttp;
import tools.jackson.databind.JsonNode;

/**
 * Massive.com's REST API (shapes in {@code shared/reference/wire-formats.md} section 1 and the OpenAPI spec). The key
 * goes in the {@code Authorization} header, so neither request URLs nor the {@code next_url}s followed carry it.
 */
public final class MassiveRestClient {

    /** A runaway cursor must not page forever: 200 pages of 50,000 base aggregates is far past any request here. */
    private static final int MAX_PAGES = 200;

    private final ProviderHttp http;
    private final URI base;

    public MassiveRestClient(ProviderHttp http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** One OHLCV aggregate as Massive sends it; {@code t} is the start of its window in epoch ms. */
    public record Aggregate(long t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, BigDecimal v) {
    }

    /**
     * Latest trade and quote and today's and yesterday's bars of one ticker; any part may be null (a plan without
     * quotes has no lastQuote, a snapshot before 04:00 New York has no day).
     */
    public record Snapshot(String ticker, BigDecimal lastPrice, BigDecimal lastSize, long lastTradeMillis,
            BigDecimal bid, BigDecimal ask, long quoteMillis, Aggregate day, BigDecimal prevClose) {
    }

    public record LastTrade(BigDecimal price, BigDecimal size, long epochMillis) {
    }

    public record LastQuote(BigDecimal bid, BigDecimal ask, long epochMillis) {
    }

    /**
     * @param market     {@code open}, {@code closed} or {@code extended-hours}
     * @param exchanges  venue ({@code nasdaq}, {@code nyse}, {@code otc}) to its state
     * @param currencies {@code crypto} and {@code fx} to their state
     */
    public record MarketStatus(String market, boolean earlyHours, boolean afterHours, String serverTime,
            Map<String, String> exchanges, Map<String, String> currencies) {
    }

    /** @param open, close the session of an early-close day, null on a closed day */
    public record MarketHoliday(LocalDate date, String exchange, String name, String status, Instant open,
            Instant close) {
    }

    /** Every aggregate of {@code [fromMillis, toMillis]}, oldest first, following {@code next_url} pages. */
    public List<Aggregate> aggregates(String ticker, int multiplier, String timespan, long fromMillis, long toMillis) {
        List<Aggregate> all = new ArrayList<>();
        URI page = uri("/v2/aggs/ticker/" + encode(ticker) + "/range/" + multiplier + "/" + timespan + "/"
                + fromMillis + "/" + toMillis + "?adjusted=true&sort=asc&limit=50000");
        for (int pages = 0; page != null; pages++) {
            if (pages == MAX_PAGES) {
                throw new ProviderException(http.provider(), Kind.BAD_RESPONSE, "aggregates of " + ticker
                        + " still paging after " + MAX_PAGES + " pages");
            }
            JsonNode body = checked(http.get(page));
            for (JsonNode item : body.path("results")) { // omitted, not empty, when there are no bars
                all.add(aggregate(item));
            }
            String next = body.path("next_url").asString("");
            page = next.isBlank() ? null : URI.create(next);
        }
        return all;
    }

    public Optional<Aggregate> previousClose(String ticker) {
        JsonNode body = checked(http.get(uri("/v2/aggs/ticker/" + encode(ticker) + "/prev?adjusted=true")));
        JsonNode results = body.path("results");
        return results.isEmpty() ? Optional.empty() : Optional.of(aggregate(results.get(0)));
    }

    public Snapshot snapshot(MassiveMarket market, String ticker) {
        String path = market.snapshotPath().orElseThrow(() -> new ProviderException(http.provider(),
                Kind.NOT_FOUND, "no snapshot for " + market));
        JsonNode body = checked(http.get(uri(path + "/" + encode(ticker))));
        JsonNode snapshot = body.path("ticker");
        if (snapshot.isMissingNode() || snapshot.isNull()) {
            throw new ProviderException(http.provider(), Kind.NOT_FOUND, "no snapshot of " + ticker);
        }
        return snapshot(snapshot);
    }

    /** Snapshots of several tickers of one market in one request (what polling uses). */
    public List<Snapshot> snapshots(MassiveMarket market, List<String> tickers) {
        String path = market.snapshotPath().orElseThrow(() -> new ProviderException(http.provider(),
                Kind.NOT_FOUND, "no snapshot for " + market));
        JsonNode body = checked(http.get(uri(path + "?tickers=" + encode(String.join(",", tickers)))));
        List<Snapshot> snapshots = new ArrayList<>();
        for (JsonNode item : body.path("tickers")) {
            snapshots.add(snapshot(item));
        }
        return snapshots;
    }

    public LastTrade lastTrade(String ticker) {
        JsonNode results = checked(http.get(uri("/v2/last/trade/" + encode(ticker)))).path("results");
        return new LastTrade(decimal(results, "p"), decimal(results, "s"),
                Prices.epochMillis(results.path("t").asLong()));
    }

    public LastQuote lastQuote(String ticker) {
        JsonNode results = checked(http.get(uri("/v2/last/nbbo/" + encode(ticker)))).path("results");
        return new LastQuote(decimal(results, "p"), decimal(results, "P"),
                Prices.epochMillis(results.path("t").asLong()));
    }

    public MarketStatus marketStatus() {
        JsonNode body = http.get(uri("/v1/marketstatus/now"));
        return new MarketStatus(body.path("market").asString(null), body.path("earlyHours").asBoolean(false),
                body.path("afterHours").asBoolean(false), body.path("serverTime").asString(null),
                strings(body.path("exchanges")), strings(body.path("currencies")));
    }

    /** Upcoming closures and early closes; the endpoint answers a bare array. */
    public List<MarketHoliday> upcomingHolidays() {
        List<MarketHoliday> holidays = new ArrayList<>();
        for (JsonNode item : http.get(uri("/v1/marketstatus/upcoming"))) {
            holidays.add(new MarketHoliday(LocalDate.parse(item.path("date").asString()),
                    item.path("exchange").asString(null), item.path("name").asString(null),
                    item.path("status").asString(null), instant(item.path("open")), instant(item.path("close"))));
        }
        return holidays;
    }

    /** Massive reports failures in a 200 body too; OK and DELAYED (delayed plans) are successes. */
    private JsonNode checked(JsonNode body) {
        String status = body.path("status").asString("OK");
        if (status.equals("OK") || status.equals("DELAYED")) {
            return body;
        }
        String message = body.path("message").asString(body.path("error").asString(status));
        Kind kind = status.equals("NOT_FOUND") ? Kind.NOT_FOUND
                : status.equals("NOT_AUTHORIZED") ? Kind.UNAUTHORIZED : Kind.BAD_RESPONSE;
        throw new ProviderException(http.provider(), kind, status + ": " + message);
    }

    private static Snapshot snapshot(JsonNode item) {
        JsonNode trade = item.path("lastTrade");
        JsonNode quote = item.path("lastQuote");
        // stocks quote with P (ask) and p (bid); forex with a and b
        BigDecimal bid = quote.has("p") ? decimal(quote, "p") : decimal(quote, "b");
        BigDecimal ask = quote.has("P") ? decimal(quote, "P") : decimal(quote, "a");
        JsonNode day = item.path("day");
        Aggregate dayBar = day.has("c") ? new Aggregate(0, decimal(day, "o"), decimal(day, "h"), decimal(day, "l"),
                decimal(day, "c"), decimal(day, "v")) : null;
        return new Snapshot(item.path("ticker").asString(null), decimal(trade, "p"), decimal(trade, "s"),
                Prices.epochMillis(trade.path("t").asLong(0)), bid, ask,
                Prices.epochMillis(quote.path("t").asLong(0)), dayBar, decimal(item.path("prevDay"), "c"));
    }

    private static Aggregate aggregate(JsonNode item) {
        return new Aggregate(item.path("t").asLong(), decimal(item, "o"), decimal(item, "h"), decimal(item, "l"),
                decimal(item, "c"), decimal(item, "v"));
    }

    static BigDecimal decimal(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isNumber() ? value.decimalValue() : null;
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> values = new TreeMap<>();
        object.properties().forEach(entry -> values.put(entry.getKey(), entry.getValue().asString()));
        return values;
    }

    private static Instant instant(JsonNode value) {
        return value.isString() ? Instant.parse(value.asString()) : null;
    }

    private URI uri(String pathAndQuery) {
        return URI.create(base.toString().replaceAll("/+$", "") + pathAndQuery);
    }

    /** Tickers are {@code [A-Z0-9:.-]}, legal in a path as they are; anything else is percent-encoded. */
    private static String encode(String value) {
        return value.matches("[A-Za-z0-9:.,_-]*") ? value
                : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
