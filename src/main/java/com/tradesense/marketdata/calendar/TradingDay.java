package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One trading day of an exchange, in instants. For venues without extended hours, {@code preMarketOpen == open}
 * and {@code afterHoursClose == close}. For 24/7 and 24/5 markets the "day" is the calendar day (crypto, UTC) or the
 * New York 17:00-to-17:00 day (FX), and all four instants bound the continuous session.
 */
public record TradingDay(LocalDate date, Instant preMarketOpen, Instant open, Instant close, Instant afterHoursClose,
        boolean earlyClose) {
}
