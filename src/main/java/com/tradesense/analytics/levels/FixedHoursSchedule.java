package com.tradesense.analytics.levels;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;

import com.tradesense.marketdata.TradingSession;

/**
 * Sessions for a caller who gives only a time zone: US equity hours (pre-market 04:00, regular 09:30-16:00 local) on
 * every weekday. Without an exchange there is no holiday or early-close list; a holiday simply has no bars, so the
 * previous day is still the last day that traded.
 */
public record FixedHoursSchedule(ZoneId zone) implements SessionSchedule {

    private static final LocalTime PRE_MARKET = LocalTime.of(4, 0);
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    @Override
    public Optional<TradingSession> on(LocalDate date) {
        if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
            return Optional.empty();
        }
        return Optional.of(new TradingSession(date, zone, date.atTime(PRE_MARKET).atZone(zone).toInstant(),
                date.atTime(OPEN).atZone(zone).toInstant(), date.atTime(CLOSE).atZone(zone).toInstant(), false));
    }
}
