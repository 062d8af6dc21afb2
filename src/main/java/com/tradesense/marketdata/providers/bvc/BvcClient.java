package com.tradesense.marketdata.providers.bvc;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderException.Kind;
import com.tradesense.marketdata.providers.ProviderHttp;
import tools.jackson.databind.JsonNode;

/**
 * The Casablanca bourse's public JSON as its web site reads it (wire-formats.md section 3; undocumented by the
 * bourse, shapes from scrapers): the live board of all equities and the JSON:API daily history of one instrument.
 * Numbers arrive as strings.
 */
final class BvcClient {

    /** The JSON:API back end pages at most 250 rows. */
    static final int PAGE = 250;
    /** Ten years of sessions; a cursor that goes on past this is broken. */
    private static final int MAX_PAGES = 12;

    private final ProviderHttp http;
    private final URI base;

    BvcClient(ProviderHttp http, URI base) {
        this.http = http;
        this.base = base;
    }

    /** One equity of the live board. Fields the board leaves empty are null. */
    record BoardRow(String ticker, String name, BigDecimal last, BigDecimal open, BigDecimal high, BigDecimal low,
            BigDecimal bid, BigDecimal ask, BigDecimal referencePrice, long sharesTraded) {
    }

    /** One session of an instrument's history. */
    record Session(LocalDate date, BigDecimal open, BigDecimal high, BigDecimal low, BigDecimal close,
            long sharesTraded) {
    }

    List<BoardRow> board() {
        JsonNode values = http.get(uri("/fr/api/bourse/dashboard/ticker", Map.of("marche", "59", "class[]", "50")))
                .path("data").path("values");
        List<BoardRow> rows = new ArrayList<>();
        for (JsonNode row : values) {
            String ticker = row.path("ticker").asString("").strip();
            if (ticker.isEmpty()) {
                continue;
            }
            rows.add(new BoardRow(ticker, row.path("label").asString(null), number(row, "field_cours_courant"),
                    number(row, "field_opening_price"), number(row, "field_high_price"),
                    number(row, "field_low_price"), number(row, "field_best_bid_price"),
                    number(row, "field_best_ask_price"), number(row, "field_static_reference_price"),
                    whole(number(row, "field_cumul_titres_echanges"))));
        }
        return rows;
    }

    /** Sessions of {@code [from, to]} (inclusive dates, as the bourse filters), oldest first. */
    List<Session> history(String instrumentId, LocalDate from, LocalDate to) {
        List<Session> sessions = new ArrayList<>();
        for (int page = 0; page < MAX_PAGES; page++) {
            Map<String, String> query = new LinkedHashMap<>();
            query.put("fields[instrument_history]", "symbol,created,openingPrice,coursCourant,highPrice,lowPrice,"
                    + "cumulTitresEchanges,cumulVolumeEchange,totalTrades,closingPrice");
            query.put("sort[date-seance][path]", "created");
            query.put("sort[date-seance][direction]", "ASC");
            query.put("filter[published]", "1");
            query.put("filter[filter-date-start-vh][condition][path]", "field_seance_date");
            query.put("filter[filter-date-start-vh][condition][operator]", ">=");
            query.put("filter[filter-date-start-vh][condition][value]", from.toString());
            query.put("filter[filter-date-end-vh][condition][path]", "field_seance_date");
            query.put("filter[filter-date-end-vh][condition][operator]", "<=");
            query.put("filter[filter-date-end-vh][condition][value]", to.toString());
            query.put("filter[filter-historique-instrument-emetteur][condition][path]",
                    "symbol.meta.drupal_internal__target_id");
            query.put("filter[filter-historique-instrument-emetteur][condition][operator]", "=");
            query.put("filter[filter-historique-instrument-emetteur][condition][value]", instrumentId);
            query.put("page[offset]", String.valueOf(page * PAGE));
            query.put("page[limit]", String.valueOf(PAGE));
            JsonNode data = http.get(uri("/fr/api/bourse_data/instrument_history", query)).path("data");
            for (JsonNode item : data) {
                JsonNode a = item.path("attributes");
                BigDecimal close = number(a, "closingPrice");
                if (close == null) {
                    close = number(a, "coursCourant");
                }
                String created = a.path("created").asString("");
                if (close == null || created.length() < 10) {
                    continue;
                }
                BigDecimal open = number(a, "openingPrice");
                BigDecimal high = number(a, "highPrice");
                BigDecimal low = number(a, "lowPrice");
                sessions.add(new Session(LocalDate.parse(created.substring(0, 10)), open == null ? close : open,
                        high == null ? close : high, low == null ? close : low, close,
                        whole(number(a, "cumulTitresEchanges"))));
            }
            if (data.size() < PAGE) {
                return sessions;
            }
        }
        throw new ProviderException(http.provider(), Kind.BAD_RESPONSE, "history of instrument " + instrumentId
                + " still paging after " + MAX_PAGES + " pages");
    }

    /**
     * A number the bourse sent as a string ({@code "123.4500000000"}), or as a number; null when empty. A decimal
     * comma and spaces between thousands are accepted too.
     */
    static BigDecimal number(JsonNode node, String field) {
        JsonNode value = node.path(field);
        if (value.isNumber()) {
            return value.decimalValue();
        }
        String text = value.asString("").strip().replace("\u00a0", "").replace(" ", "");
        if (text.isEmpty()) {
            return null;
        }
        if (text.indexOf(',') >= 0 && text.indexOf('.') < 0) {
            text = text.replace(',', '.');
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static long whole(BigDecimal value) {
        return value == null ? 0 : value.longValue();
    }

    private URI uri(String path, Map<String, String> query) {
        String encoded = query.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue())).collect(Collectors.joining("&"));
        return URI.create(base.toString().replaceAll("/+$", "") + path + "?" + encoded);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
