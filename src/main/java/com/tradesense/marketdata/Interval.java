package com.tradesense.marketdata;

import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

import com.tradesense.platform.ApiException;

/**
 * Bar sizes served by the history API. Intraday bars (up to {@link #H4}) are fixed durations aligned to the start of
 * the exchange session segment they fall in (pre-market, regular, after-hours), so on NYSE hourly bars start at
 * 09:30, 10:30, ... like TradingView draws US stocks. {@link #D1} follows the exchange's trading day (regular hours),
 * {@link #W1} the ISO week (Monday) and {@link #MN1} the calendar month, both in the exchange time zone.
 */
public enum Interval {
    M1("1m", Duration.ofMinutes(1)),
    M5("5m", Duration.ofMinutes(5)),
    M15("15m", Duration.ofMinutes(15)),
    M30("30m", Duration.ofMinutes(30)),
    H1("1h", Duration.ofHours(1)),
    H4("4h", Duration.ofHours(4)),
    D1("1d", null),
    W1("1w", null),
    MN1("1M", null);

    private final String code;
    private final Duration length;

    Interval(String code, Duration length) {
        this.code = code;
        this.length = length;
    }

    public String code() {
        return code;
    }

    /** Window length of an intraday interval in minutes (daily and longer have none). */
    public long minutes() {
        if (length == null) {
            throw new IllegalStateException(code + " is not an intraday interval");
        }
        return length.toMinutes();
    }

    /**
     * The interval with that code. Codes are case-sensitive because {@code 1m} (minute) and {@code 1M} (month)
     * differ only in case.
     *
     * @throws ApiException 400 {@code INVALID_INTERVAL} naming the valid codes
     */
    public static Interval parse(String code) {
        for (Interval interval : values()) {
            if (interval.code.equals(code)) {
                return interval;
            }
        }
        String valid = Arrays.stream(values()).map(Interval::code).collect(Collectors.joining(", "));
        throw ApiException.badRequest("INVALID_INTERVAL", "interval",
                "Unknown interval '" + code + "'; use one of " + valid);
    }
}
