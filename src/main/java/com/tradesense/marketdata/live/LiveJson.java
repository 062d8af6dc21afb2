package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesense.marketdata.Quote;

/**
 * The JSON payloads of live events, written by hand: they are flat, built on every update and must match the REST
 * shapes exactly ({@link Quote} plus {@code serverTime}; bars as {@code {t, o, h, l, c, v}}).
 */
final class LiveJson {

    private LiveJson() {
    }

    static String quote(Quote quote, long serverMillis) {
        StringBuilder json = new StringBuilder(320).append('{');
        string(json, "symbol", quote.symbol());
        number(json, "price", quote.price());
        number(json, "bid", quote.bid());
        number(json, "ask", quote.ask());
        number(json, "change", quote.change());
        number(json, "changePercent", quote.changePercent());
        number(json, "open", quote.open());
        number(json, "dayHigh", quote.dayHigh());
        number(json, "dayLow", quote.dayLow());
        json.append("\"volume\":").append(quote.volume()).append(',');
        number(json, "prevClose", quote.prevClose());
        string(json, "session", quote.session().name());
        string(json, "timestamp", quote.timestamp().toString());
        string(json, "currency", quote.currency());
        json.append("\"serverTime\":\"").append(Instant.ofEpochMilli(serverMillis)).append("\"}");
        return json.toString();
    }

    static String bar(String symbol, long minute, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v,
            boolean complete, long serverMillis) {
        StringBuilder json = new StringBuilder(220).append('{');
        string(json, "symbol", symbol);
        string(json, "interval", "1m");
        string(json, "t", Instant.ofEpochSecond(minute * 60).toString());
        number(json, "o", o);
        number(json, "h", h);
        number(json, "l", l);
        number(json, "c", c);
        json.append("\"v\":").append(v).append(",\"complete\":").append(complete).append(',');
        json.append("\"serverTime\":\"").append(Instant.ofEpochMilli(serverMillis)).append("\"}");
        return json.toString();
    }

    private static void string(StringBuilder json, String name, String value) {
        // Symbols, enum names, currencies and instants never hold characters that need escaping.
        json.append('"').append(name).append("\":\"").append(value).append("\",");
    }

    private static void number(StringBuilder json, String name, BigDecimal value) {
        if (value != null) {
            json.append('"').append(name).append("\":").append(value.toPlainString()).append(',');
        }
    }
}
