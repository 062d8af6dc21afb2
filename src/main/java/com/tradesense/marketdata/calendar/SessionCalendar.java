package com.tradesense.marketdata.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import com.tradesense.marketdata.SessionPhase;

/**
 * The instant arithmetic every calendar shares, derived from {@link #tradingDay(LocalDate)} alone: a calendar only
 * says which local dates trade and when, and phases and next open/close follow by walking the days around an instant.
 */
public abstract class SessionCalendar implements TradingCalendar {

    /**
     * How far ahead to look for the next session. The longest closure any supported venue has is a few days (e.g. a
     * Moroccan Eid next to a weekend); a month is generous and still bounds the walk.
     */
    private static final int MAX_DAYS_AHEAD = 31;

    @Override
    public SessionPhase phaseAt(Instant instant) {
        LocalDate local = LocalDate.ofInstant(instant, zone());
        // A session can start on the previous local date (FX opens at 17:00 New York the day before), so look one
        // day either side of the local date.
        for (LocalDate date = local.minusDays(1); !date.isAfter(local.plusDays(1)); date = date.plusDays(1)) {
            Optional<TradingDay> day = tradingDay(date);
            if (day.isPresent()) {
                SessionPhase phase = phaseWithin(day.get(), instant);
                if (phase != SessionPhase.CLOSED) {
                    return phase;
                }
            }
        }
        return SessionPhase.CLOSED;
    }

    @Override
    public Instant nextOpen(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone()).minusDays(1);
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, date = date.plusDays(1)) {
            Optional<TradingDay> day = tradingDay(date);
            if (day.isPresent() && day.get().open().isAfter(instant)) {
                return day.get().open();
            }
        }
        throw new IllegalStateException(id() + " has no session within " + MAX_DAYS_AHEAD + " days of " + instant);
    }

    @Override
    public Instant nextClose(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone()).minusDays(1);
        for (int i = 0; i <= MAX_DAYS_AHEAD; i++, date = date.plusDays(1)) {
            Optional<TradingDay> day = tradingDay(date);
            if (day.isPresent() && day.get().close().isAfter(instant)) {
                return day.get().close();
            }
        }
        throw new IllegalStateException(id() + " has no session within " + MAX_DAYS_AHEAD + " days of " + instant);
    }

    private static SessionPhase phaseWithin(TradingDay day, Instant instant) {
        if (instant.isBefore(day.preMarketOpen()) || !instant.isBefore(day.afterHoursClose())) {
            return SessionPhase.CLOSED;
        }
        if (instant.isBefore(day.open())) {
            return SessionPhase.PRE_MARKET;
        }
        return instant.isBefore(day.close()) ? SessionPhase.OPEN : SessionPhase.AFTER_HOURS;
    }
}
