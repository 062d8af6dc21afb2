package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Local wall-clock hours of an exchange that trades within one local date. Converting through the exchange's
 * {@link ZoneId} per date is what keeps sessions right across daylight-saving changes.
 *
 * @param earlyClose          end of the regular session on an early-close day
 * @param earlyAfterHoursClose end of extended hours on an early-close day
 */
record SessionHours(LocalTime preMarketOpen, LocalTime open, LocalTime close, LocalTime afterHoursClose,
        LocalTime earlyClose, LocalTime earlyAfterHoursClose) {

    TradingDay on(LocalDate date, ZoneId zone, boolean early) {
        return new TradingDay(date, at(date, preMarketOpen, zone), at(date, open, zone),
                at(date, early ? earlyClose : close, zone),
                at(date, early ? earlyAfterHoursClose : afterHoursClose, zone), early);
    }

    private static Instant at(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
