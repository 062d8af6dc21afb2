package com.tradesense.analytics.levels;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;

import com.tradesense.marketdata.TradingSession;

/** Which local dates trade and when, for one venue: the only session knowledge the level rules need. */
public interface SessionSchedule {

    /** How far to walk for a trading day; covers the longest closure of any venue (a few days). */
    int MAX_DAYS_WITHOUT_SESSION = 14;

    ZoneId zone();

    Optional<TradingSession> on(LocalDate date);

    /** The session in progress at {@code instant} (pre-market to regular close) or, between sessions, the next one. */
    default TradingSession sessionFor(Instant instant) {
        LocalDate date = LocalDate.ofInstant(instant, zone()).minusDays(1);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_SESSION; i++, date = date.plusDays(1)) {
            Optional<TradingSession> session = on(date);
            if (session.isPresent() && session.get().close().isAfter(instant)) {
                return session.get();
            }
        }
        throw new IllegalStateException("no session within " + MAX_DAYS_WITHOUT_SESSION + " days of " + instant);
    }

    /** The trading session whose pre-market-to-close window holds {@code t}, if any. */
    default Optional<TradingSession> sessionContaining(Instant t) {
        LocalDate date = LocalDate.ofInstant(t, zone());
        for (LocalDate candidate : new LocalDate[] {date, date.plusDays(1), date.minusDays(1)}) {
            Optional<TradingSession> session = on(candidate);
            if (session.isPresent() && !t.isBefore(session.get().preMarketOpen())
                    && t.isBefore(session.get().close())) {
                return session;
            }
        }
        return Optional.empty();
    }
}
