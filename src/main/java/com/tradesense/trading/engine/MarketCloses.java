package com.tradesense.trading.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.function.Function;

import com.tradesense.marketdata.TradingSession;
import com.tradesense.marketdata.TradingSessions;

/**
 * The regular-session closes of one exchange that stop trading, read from its sessions by local date. A close the
 * next session opens at the same instant (the UTC day roll of a 24x7 market, an FX weekday) stops nothing and is not
 * one: DAY orders there never expire, as the live session phase never leaves OPEN.
 */
public final class MarketCloses {

    /** How far back or ahead a search looks; every real calendar closes at least once a week. */
    private static final int MAX_DAYS = 14;

    private final Function<LocalDate, Optional<TradingSession>> sessions;

    public MarketCloses(Function<LocalDate, Optional<TradingSession>> sessions) {
        this.sessions = sessions;
    }

    /** The closes of a listing venue ({@code NYSE}, {@code BVC}, ...) from the market data calendars. */
    public static MarketCloses of(TradingSessions calendars, String exchange) {
        return new MarketCloses(date -> calendars.session(exchange, date));
    }

    /** The latest close at or before {@code at}, or null when none is found within two weeks. */
    public Instant latestAtOrBefore(Instant at) {
        LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        for (int i = 0; i <= MAX_DAYS; i++, date = date.minusDays(1)) {
            Optional<TradingSession> session = sessions.apply(date);
            if (session.isPresent() && !session.get().close().isAfter(at) && stops(session.get())) {
                return session.get().close();
            }
        }
        return null;
    }

    /** The first close after {@code after} and at or before {@code until}, or null. */
    public Instant firstBetween(Instant after, Instant until) {
        LocalDate date = after.atZone(ZoneOffset.UTC).toLocalDate().minusDays(1);
        LocalDate last = until.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        for (int i = 0; i <= MAX_DAYS && !date.isAfter(last); i++, date = date.plusDays(1)) {
            Optional<TradingSession> session = sessions.apply(date);
            if (session.isPresent() && session.get().close().isAfter(after) && !session.get().close().isAfter(until)
                    && stops(session.get())) {
                return session.get().close();
            }
        }
        return null;
    }

    /**
     * The regular close of the trading day before the one {@code at} belongs to (its pre-market included): the close
     * a quote's previous close is. A position held since before it earns the day's move against that close. Null
     * when the calendar has no such day within two weeks.
     */
    public Instant previousDayClose(Instant at) {
        LocalDate date = at.atZone(ZoneOffset.UTC).toLocalDate().plusDays(1);
        boolean inCurrentDay = false;
        for (int i = 0; i <= MAX_DAYS; i++, date = date.minusDays(1)) {
            Optional<TradingSession> session = sessions.apply(date);
            if (session.isEmpty() || session.get().preMarketOpen().isAfter(at)) {
                continue;
            }
            if (inCurrentDay) {
                return session.get().close();
            }
            inCurrentDay = true;
        }
        return null;
    }

    private boolean stops(TradingSession session) {
        return sessions.apply(session.tradingDate().plusDays(1))
                .map(next -> next.preMarketOpen().isAfter(session.close())).orElse(true);
    }
}
