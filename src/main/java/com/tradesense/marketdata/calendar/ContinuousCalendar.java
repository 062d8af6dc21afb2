package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Crypto ({@code 24x7}): always open, no holidays. A "trading day" is the UTC calendar date, which is how crypto
 * venues cut their daily bars and 24-hour change.
 */
public final class ContinuousCalendar extends SessionCalendar {

    public static final String ID = "24x7";

    @Override
    public String id() {
        return ID;
    }

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Override
    public ZoneId zone() {
        // A region id, not ZoneOffset.UTC: its id "Z" is not a time zone name browsers' Intl accepts.
        return UTC;
    }

    @Override
    public Optional<TradingDay> tradingDay(LocalDate date) {
        Instant start = date.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        return Optional.of(new TradingDay(date, start, start, end, end, false));
    }

    @Override
    public boolean isHoliday(LocalDate date) {
        return false;
    }
}
