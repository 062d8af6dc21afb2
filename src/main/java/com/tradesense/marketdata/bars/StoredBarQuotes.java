package com.tradesense.marketdata.bars;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.calendar.TradingDay;
import org.springframework.stereotype.Service;

/**
 * Quotes computed from the stored bars, until a live feed exists: the price is the last 1-minute close, the day's
 * figures come from the regular-session minutes of the current (or, before today's open, the last) trading day and
 * the previous close from the stored daily bars.
 */
@Service
public class StoredBarQuotes {

    /** A day of minutes, the most a 24-hour session can hold. */
    private static final int MINUTES_PER_DAY = 24 * 60;
    /** Long enough to step over any holiday run back to the previous trading day. */
    private static final int MAX_DAYS_BACK = 30;

    private final Instruments instruments;
    private final TradingCalendars calendars;
    private final BarRepository bars;
    private final Clock clock;

    StoredBarQuotes(Instruments instruments, TradingCalendars calendars, BarRepository bars, Clock clock) {
        this.instruments = instruments;
        this.calendars = calendars;
        this.bars = bars;
        this.clock = clock;
    }

    public Optional<Quote> quote(String symbol) {
        return instruments.find(symbol).flatMap(this::quote);
    }

    /** The quote of a known instrument, or empty when it has no stored 1-minute bar yet. */
    public Optional<Quote> quote(Instrument instrument) {
        Instant now = clock.instant();
        Optional<Bar> last = bars.lastMinuteBarBefore(instrument.symbol(), now);
        if (last.isEmpty()) {
            return Optional.empty();
        }
        TradingCalendar calendar = calendars.byId(instrument.calendar()).orElseThrow();
        Bar lastMinute = last.get();
        TradingDay today = tradingDayOf(calendar, lastMinute.t());
        TradingDay day = today;
        List<Bar> regular = regularMinutes(instrument, day, now);
        if (regular.isEmpty()) {
            // Pre-market: the day's figures are still those of the last regular session.
            day = tradingDayBefore(calendar, day.date());
            regular = regularMinutes(instrument, day, now);
        }
        Bar session = regular.isEmpty() ? lastMinute
                : BarAggregator.aggregate(regular, Interval.D1, calendar, false).get(0);
        BigDecimal price = lastMinute.c();
        BigDecimal prevClose = bars.lastDailyBarBefore(instrument.symbol(), today.date()).map(Bar::c).orElse(null);
        BigDecimal change = prevClose == null ? null : price.subtract(prevClose);
        BigDecimal changePercent = prevClose == null ? null
                : change.multiply(BigDecimal.valueOf(100)).divide(prevClose, 2, RoundingMode.HALF_EVEN);
        BigDecimal halfSpread = SimulatedSpread.half(instrument, price);
        Instant traded = lastMinute.t().plus(Duration.ofMinutes(1));
        return Optional.of(new Quote(instrument.symbol(), price, price.subtract(halfSpread), price.add(halfSpread),
                change, changePercent, session.o(), session.h(), session.l(), session.v(), prevClose,
                calendar.phaseAt(now), traded.isAfter(now) ? now : traded, instrument.currency()));
    }

    private List<Bar> regularMinutes(Instrument instrument, TradingDay day, Instant now) {
        Instant end = day.close().isAfter(now) ? now : day.close();
        return bars.minuteBars(instrument.symbol(), day.open(), end, false, MINUTES_PER_DAY);
    }

    /** The trading day whose sessions hold {@code t}, or the last one before it for a bar outside every session. */
    private static TradingDay tradingDayOf(TradingCalendar calendar, Instant t) {
        TradingDay day = new SessionLocator(calendar).dayOf(t);
        return day != null ? day : tradingDayBefore(calendar, LocalDate.ofInstant(t, calendar.zone()).plusDays(1));
    }

    private static TradingDay tradingDayBefore(TradingCalendar calendar, LocalDate date) {
        for (int back = 1; back <= MAX_DAYS_BACK; back++) {
            Optional<TradingDay> day = calendar.tradingDay(date.minusDays(back));
            if (day.isPresent()) {
                return day.get();
            }
        }
        throw new IllegalStateException("No trading day in the " + MAX_DAYS_BACK + " days before " + date);
    }
}
