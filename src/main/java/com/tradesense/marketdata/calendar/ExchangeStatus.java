package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.tradesense.marketdata.SessionPhase;

/**
 * Where one venue stands at an instant, as the market-status endpoint reports it.
 *
 * @param tradingDate the venue's local date at that instant, to which {@code isHoliday} and {@code earlyClose} refer
 * @param timezone    the venue's time zone id, e.g. {@code America/New_York}
 * @param nextOpen    start of the next regular session strictly after the instant
 * @param nextClose   end of the regular session in progress, or of the next one when closed
 */
public record ExchangeStatus(String exchange, SessionPhase session, LocalDate tradingDate,
        boolean isHoliday, boolean earlyClose, Instant nextOpen, Instant nextClose, String timezone) {

    public static ExchangeStatus of(String exchange, TradingCalendar calendar, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, calendar.zone());
        Optional<TradingDay> day = calendar.tradingDay(today);
        return new ExchangeStatus(exchange, calendar.phaseAt(now), today, calendar.isHoliday(today),
                day.map(TradingDay::earlyClose).orElse(false), calendar.nextOpen(now), calendar.nextClose(now),
                calendar.zone().getId());
    }
}
