package com.tradesense.analytics.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import com.tradesense.analytics.levels.SessionSchedule;
import com.tradesense.marketdata.TradingSession;
import com.tradesense.marketdata.TradingSessions;

/** A venue's sessions as the market data module's calendars give them. */
final class ExchangeSchedule implements SessionSchedule {

    private final TradingSessions sessions;
    private final String exchange;
    private final ZoneId zone;

    /** @throws com.tradesense.platform.ApiException 400 naming {@code exchange} for an unknown venue */
    ExchangeSchedule(TradingSessions sessions, String exchange, Instant near) {
        this.sessions = sessions;
        this.exchange = exchange;
        this.zone = zoneNear(near);
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public Optional<TradingSession> on(LocalDate date) {
        return sessions.session(exchange, date);
    }

    /** The facade names the zone on each session; any session near the instant will do. */
    private ZoneId zoneNear(Instant near) {
        LocalDate date = LocalDate.ofInstant(near, ZoneOffset.UTC);
        for (int i = 0; i <= MAX_DAYS_WITHOUT_SESSION; i++) {
            Optional<TradingSession> session = sessions.session(exchange, date.minusDays(i));
            if (session.isPresent()) {
                return session.get().zone();
            }
        }
        throw new IllegalStateException(exchange + " has no session within " + MAX_DAYS_WITHOUT_SESSION + " days");
    }
}
