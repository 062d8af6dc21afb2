package com.tradesense.marketdata.live;

import java.math.BigDecimal;

/**
 * The JSON payloads of live events, written by hand straight from the book's scaled longs: they are flat, built on
 * every update of a watched symbol, and must match the REST shapes exactly (the quote endpoint's fields plus
 * {@code serverTime}; bars as {@code {t, o, h, l, c, v}}). Formatting without BigDecimal or java.time objects keeps an
 * update at a fraction of a microsecond.
 */
final class LiveJson {

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        POWERS_OF_TEN[0] = 1;
        for (int i = 1; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = POWERS_OF_TEN[i - 1] * 10;
        }
    }

    private LiveJson() {
    }

    /** The quote of a symbol that has traded; the caller holds its lock. */
    static String quote(SymbolState s, long serverMillis) {
        long last = s.last;
        boolean hasDay = s.open != SymbolState.NONE;
        StringBuilder json = new StringBuilder(320).append("{\"symbol\":\"").append(s.symbol()).append('"');
        price(json, "price", s, last);
        price(json, "bid", s, s.bid == SymbolState.NONE ? last : s.bid);
        price(json, "ask", s, s.ask == SymbolState.NONE ? last : s.ask);
        if (s.prevClose != SymbolState.NONE && s.prevClose != 0) {
            long change = last - s.prevClose;
            price(json, "change", s, change);
            json.append(",\"changePercent\":");
            units(json, percentHundredths(change, s.prevClose), 2, 2);
        }
        price(json, "open", s, hasDay ? s.open : last);
        price(json, "dayHigh", s, hasDay ? s.high : last);
        price(json, "dayLow", s, hasDay ? s.low : last);
        json.append(",\"volume\":").append(s.volume);
        if (s.prevClose != SymbolState.NONE) {
            price(json, "prevClose", s, s.prevClose);
        }
        json.append(",\"session\":\"").append(s.phase(serverMillis).name()).append('"');
        json.append(",\"timestamp\":\"");
        instant(json, Math.max(s.tradeMillis, s.quoteMillis));
        json.append("\",\"currency\":\"").append(s.instrument.currency()).append("\",\"serverTime\":\"");
        instant(json, serverMillis);
        return json.append("\"}").toString();
    }

    /** The forming 1-minute bar; the caller holds the lock. */
    static String formingBar(SymbolState s, long serverMillis) {
        StringBuilder json = barStart(s.symbol(), s.barMinute);
        price(json, "o", s, s.barOpen);
        price(json, "h", s, s.barHigh);
        price(json, "l", s, s.barLow);
        price(json, "c", s, s.barClose);
        return barEnd(json, s.barVolume, false, serverMillis);
    }

    /** A completed minute as a feed delivered it. */
    static String completedBar(String symbol, long minute, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c,
            long v, long serverMillis) {
        StringBuilder json = barStart(symbol, minute);
        json.append(",\"o\":").append(o.toPlainString()).append(",\"h\":").append(h.toPlainString())
                .append(",\"l\":").append(l.toPlainString()).append(",\"c\":").append(c.toPlainString());
        return barEnd(json, v, true, serverMillis);
    }

    private static StringBuilder barStart(String symbol, long minute) {
        StringBuilder json = new StringBuilder(220).append("{\"symbol\":\"").append(symbol)
                .append("\",\"interval\":\"1m\",\"t\":\"");
        instant(json, minute * 60_000);
        return json.append('"');
    }

    private static String barEnd(StringBuilder json, long volume, boolean complete, long serverMillis) {
        json.append(",\"v\":").append(volume).append(",\"complete\":").append(complete).append(",\"serverTime\":\"");
        instant(json, serverMillis);
        return json.append("\"}").toString();
    }

    /** change / previous in hundredths of a percent, rounded half-even as the quote endpoint does. */
    static long percentHundredths(long change, long previous) {
        long numerator = change * 10_000;
        long quotient = numerator / previous;
        long remainder = numerator % previous;
        long twice = Math.abs(remainder) * 2;
        long absPrevious = Math.abs(previous);
        boolean negative = (numerator < 0) != (previous < 0);
        if (twice > absPrevious || (twice == absPrevious && (quotient & 1) != 0)) {
            quotient += negative ? -1 : 1;
        }
        return quotient;
    }

    private static void price(StringBuilder json, String name, SymbolState s, long units) {
        json.append(",\"").append(name).append("\":");
        units(json, units, s.scale, s.tickScale);
    }

    /**
     * A scaled long as a plain decimal with at least {@code minDecimals} and at most {@code scale} decimals, trailing
     * zeros beyond the minimum stripped: what BigDecimal prints for the same price on the instrument's tick.
     */
    static void units(StringBuilder json, long units, int scale, int minDecimals) {
        if (units < 0) {
            json.append('-');
            units = -units;
        }
        long power = POWERS_OF_TEN[scale];
        json.append(units / power);
        long fraction = units % power;
        int decimals = scale;
        while (decimals > minDecimals && fraction % 10 == 0) {
            fraction /= 10;
            decimals--;
        }
        if (decimals > 0) {
            json.append('.');
            String digits = Long.toString(fraction);
            for (int i = digits.length(); i < decimals; i++) {
                json.append('0');
            }
            json.append(digits);
        }
    }

    /** ISO-8601 UTC with milliseconds, {@code 2026-12-01T19:12:43.452Z} (civil date from days, Hinnant's method). */
    static void instant(StringBuilder json, long epochMillis) {
        long days = Math.floorDiv(epochMillis, 86_400_000L);
        long millisOfDay = epochMillis - days * 86_400_000L;
        long z = days + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        long day = dayOfYear - (153 * mp + 2) / 5 + 1;
        long month = mp < 10 ? mp + 3 : mp - 9;
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        json.append(year).append('-');
        two(json, month);
        json.append('-');
        two(json, day);
        json.append('T');
        two(json, millisOfDay / 3_600_000);
        json.append(':');
        two(json, millisOfDay / 60_000 % 60);
        json.append(':');
        two(json, millisOfDay / 1000 % 60);
        long millis = millisOfDay % 1000;
        json.append('.').append((char) ('0' + millis / 100)).append((char) ('0' + millis / 10 % 10))
                .append((char) ('0' + millis % 10)).append('Z');
    }

    private static void two(StringBuilder json, long value) {
        json.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
    }
}
