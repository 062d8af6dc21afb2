package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import com.tradesense.marketdata.SessionPhase;

/**
 * Sessions, holidays and early closes of one venue. Implementations are plain Java, computed by rule (no tables to
 * maintain each year), and exact for every date they accept.
 */
public interface TradingCalendar {

    /** Calendar id, e.g. {@code XNYS}, {@code XCAS}, {@code 24x7}, {@code FX}. */
    String id();

    ZoneId zone();

    /** The trading day on that local date, or empty on weekends and holidays. */
    Optional<TradingDay> tradingDay(LocalDate date);

    boolean isHoliday(LocalDate date);

    SessionPhase phaseAt(Instant instant);

    /** Start of the next regular session strictly after {@code instant}. */
    Instant nextOpen(Instant instant);

    /** End of the regular session in progress, or of the next one if closed. */
    Instant nextClose(Instant instant);
}
