package com.tradesense.marketdata;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One trading day of an exchange as other modules need it: its local date and zone and where its sessions start and
 * end. On venues without extended hours {@code preMarketOpen == open}; on round-the-clock venues the instants bound
 * the calendar day (crypto, UTC) or the New York 17:00-to-17:00 day (FX).
 *
 * @param close regular-session end, already moved earlier on an early-close day
 */
public record TradingSession(LocalDate tradingDate, ZoneId zone, Instant preMarketOpen, Instant open, Instant close,
        boolean earlyClose) {
}
