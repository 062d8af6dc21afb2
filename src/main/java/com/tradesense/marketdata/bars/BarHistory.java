package com.tradesense.marketdata.bars;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.platform.ApiException;
import org.springframework.stereotype.Service;

/**
 * Chart history of one instrument: the newest {@code limit} bars of a range, read newest first with a SQL limit so a
 * range of ten years costs no more than the bars asked for. Intraday intervals are aggregated from 1-minute bars,
 * 1d is the stored daily bars and 1w/1M roll those up.
 */
@Service
public class BarHistory {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    /** Before any stored bar: the lower bound when no {@code from} is given, so only {@code limit} bounds the read. */
    private static final Instant EARLIEST = Instant.parse("1900-01-01T00:00:00Z");
    /**
     * At most this many stored rows per request (20 MB or so of bars): 5000 four-hour bars would otherwise be 1.2M
     * minutes. A request that hits it gets fewer than {@code limit} bars and a {@code nextTo} to page on.
     */
    private static final int MAX_ROWS = 100_000;
    private static final int MAX_TRADING_DAYS_PER_WEEK = 7;
    private static final int MAX_TRADING_DAYS_PER_MONTH = 31;

    private final Instruments instruments;
    private final TradingCalendars calendars;
    private final BarRepository bars;
    private final Clock clock;

    BarHistory(Instruments instruments, TradingCalendars calendars, BarRepository bars, Clock clock) {
        this.instruments = instruments;
        this.calendars = calendars;
        this.bars = bars;
        this.clock = clock;
    }

    /**
     * @param bars   oldest first
     * @param nextTo when older bars of the range were left out, the {@code to} that reads the page before these bars
     *               (the start of the oldest one); null when the range is exhausted
     */
    public record History(Instrument instrument, Interval interval, ZoneId zone, List<Bar> bars, Instant nextTo) {
    }

    /**
     * @param from null for no lower bound (then {@code limit} alone decides how far back)
     * @param to   null for now
     * @throws ApiException 404 {@code INSTRUMENT_NOT_FOUND}; 400 naming {@code interval}, {@code limit} or {@code from}
     */
    public History history(String symbol, String intervalCode, Instant from, Instant to, Integer limit,
            boolean extendedHours) {
        Interval interval = Interval.parse(intervalCode);
        int barLimit = limit == null ? DEFAULT_LIMIT : limit;
        if (barLimit < 1 || barLimit > MAX_LIMIT) {
            throw ApiException.badRequest("INVALID_LIMIT", "limit", "limit must be between 1 and " + MAX_LIMIT);
        }
        Instant end = to == null ? clock.instant() : to;
        Instant start = from == null ? EARLIEST : from;
        if (!start.isBefore(end)) {
            throw ApiException.badRequest("INVALID_RANGE", "from", "from must be before to (" + end + ")");
        }
        Instrument instrument = instruments.find(symbol).orElseThrow(() -> CatalogInstruments.notFound(symbol));
        TradingCalendar calendar = calendars.byId(instrument.calendar()).orElseThrow();
        Page page = switch (interval) {
            case D1 -> daily(instrument, calendar.zone(), start, end, barLimit, 1, UnaryOperator.identity());
            case W1, MN1 -> daily(instrument, calendar.zone(), start, end, barLimit,
                    interval == Interval.W1 ? MAX_TRADING_DAYS_PER_WEEK : MAX_TRADING_DAYS_PER_MONTH,
                    days -> BarAggregator.rollUpDaily(days, interval, calendar.zone()));
            default -> intraday(instrument, calendar, interval, start, end, barLimit, extendedHours);
        };
        return new History(instrument, interval, calendar.zone(), page.bars, page.nextTo);
    }

    private Page intraday(Instrument instrument, TradingCalendar calendar, Interval interval, Instant from,
            Instant to, int limit, boolean extendedHours) {
        int rows = (int) Math.min((long) (limit + 1) * interval.minutes(), MAX_ROWS);
        List<Bar> newestFirst = bars.latestMinuteBars(instrument.symbol(), from, to, extendedHours, rows);
        return Page.of(newestFirst, rows, limit,
                minutes -> BarAggregator.aggregate(minutes, interval, calendar, extendedHours));
    }

    /** Daily bars are stamped at the start of their trading date, so the instant range becomes a date range. */
    private Page daily(Instrument instrument, ZoneId zone, Instant from, Instant to, int limit, int daysPerBar,
            UnaryOperator<List<Bar>> rollUp) {
        int rows = (int) Math.min((long) (limit + 1) * daysPerBar, MAX_ROWS);
        List<Bar> newestFirst = bars.latestDailyBars(instrument.symbol(), firstDateStartingAtOrAfter(from, zone),
                firstDateStartingAtOrAfter(to, zone), rows);
        return Page.of(newestFirst, rows, limit, rollUp);
    }

    private static LocalDate firstDateStartingAtOrAfter(Instant instant, ZoneId zone) {
        LocalDate date = LocalDate.ofInstant(instant, zone);
        return date.atStartOfDay(zone).toInstant().isBefore(instant) ? date.plusDays(1) : date;
    }

    private record Page(List<Bar> bars, Instant nextTo) {

        /**
         * Aggregates rows read newest first. Always asking for one bar's worth of rows more than {@code limit} needs
         * means a read that hit its row limit has a possibly incomplete oldest bar (its earlier rows were not read),
         * which is dropped: the next page, ending where this one starts, reads it whole.
         */
        static Page of(List<Bar> newestFirst, int rowLimit, int limit, UnaryOperator<List<Bar>> aggregate) {
            List<Bar> oldestFirst = new ArrayList<>(newestFirst);
            Collections.reverse(oldestFirst);
            List<Bar> bars = aggregate.apply(oldestFirst);
            boolean more = newestFirst.size() == rowLimit;
            if (more && !bars.isEmpty()) {
                bars = bars.subList(1, bars.size());
            }
            if (bars.size() > limit) {
                bars = bars.subList(bars.size() - limit, bars.size());
                more = true;
            }
            return new Page(List.copyOf(bars), more && !bars.isEmpty() ? bars.get(0).t() : null);
        }
    }
}
