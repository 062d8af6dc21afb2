package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the stored history of every symbol a real provider serves up to now from that provider's REST API: 1-minute
 * bars of the last {@code intradayDays} days (or since the last stored minute) and daily bars of the last
 * {@code dailyYears} years (or since the last stored date), so a symbol switched to a real provider has a year-plus of
 * real history in its chart and restarts leave no gap. Stale (cached) answers are stored too: they are real bars.
 */
public class ProviderBackfill {

    private static final Logger log = LoggerFactory.getLogger(ProviderBackfill.class);

    private final MarketFeeds feeds;
    private final Instruments instruments;
    private final TradingCalendars calendars;
    private final BarRepository bars;
    private final Clock clock;
    private final Duration intraday;
    private final int dailyYears;

    public ProviderBackfill(MarketFeeds feeds, Instruments instruments, TradingCalendars calendars, BarRepository bars,
            Clock clock, Duration intraday, int dailyYears) {
        this.feeds = feeds;
        this.instruments = instruments;
        this.calendars = calendars;
        this.bars = bars;
        this.clock = clock;
        this.intraday = intraday;
        this.dailyYears = dailyYears;
    }

    /** @return symbols backfilled */
    public int run() {
        int done = 0;
        for (MarketFeeds.Assignment assignment : feeds.assignments()) {
            for (String symbol : assignment.symbols()) {
                try {
                    if (backfill(symbol)) {
                        done++;
                    }
                } catch (RuntimeException e) {
                    // One symbol's failure (provider down, unknown there) must not leave the others without history.
                    log.warn("Could not backfill {} from {}: {}", symbol, assignment.feed().provider(),
                            e.getMessage());
                }
            }
        }
        if (done > 0) {
            log.info("Backfilled the history of {} symbols from real providers", done);
        }
        return done;
    }

    /**
     * Brings one symbol's history up to now from the real provider it is routed to (also for an instrument an admin
     * adds or re-enables while the app runs); false when no real provider serves it.
     */
    public boolean backfill(String symbol) {
        Optional<HistoryProvider> provider = feeds.historyProvider(symbol);
        Optional<Instrument> instrument = instruments.find(symbol);
        if (provider.isEmpty() || instrument.isEmpty()) {
            return false;
        }
        backfill(provider.get(), instrument.get());
        return true;
    }

    private void backfill(HistoryProvider provider, Instrument instrument) {
        String symbol = instrument.symbol();
        TradingCalendar calendar = calendars.byId(instrument.calendar()).orElseThrow();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (provider.supports(symbol, Interval.M1)) {
            Instant from = bars.lastMinuteBar(symbol).map(last -> last.t().plus(1, ChronoUnit.MINUTES))
                    .filter(next -> next.isAfter(now.minus(intraday))).orElse(now.minus(intraday));
            if (from.isBefore(now)) {
                List<Bar> minutes = provider.bars(symbol, Interval.M1, from, now).value();
                bars.insertMinuteBars(symbol, minutes, bar -> calendar.phaseAt(bar.t()) != SessionPhase.OPEN);
            }
        }
        if (provider.supports(symbol, Interval.D1)) {
            LocalDate today = LocalDate.ofInstant(now, calendar.zone());
            LocalDate first = bars.lastTradingDate(symbol).map(date -> date.plusDays(1))
                    .filter(next -> next.isAfter(today.minusYears(dailyYears))).orElse(today.minusYears(dailyYears));
            // Today's daily bar is final only after the close: take the days before it.
            if (first.isBefore(today)) {
                List<Bar> days = provider.bars(symbol, Interval.D1, first.atStartOfDay(calendar.zone()).toInstant(),
                        today.atStartOfDay(calendar.zone()).toInstant()).value();
                bars.insertDailyBars(symbol, days, calendar.zone());
            }
        }
    }
}
