package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * The live state of one instrument: last trade, best bid and ask, the regular session's figures and the forming
 * 1-minute bar. Prices are scaled longs ({@link #scale} decimals) so an update allocates nothing; writers and readers
 * synchronize on the instance (one feed writes a symbol, so the lock is uncontended).
 */
final class SymbolState {

    static final long NONE = Long.MIN_VALUE;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final long MILLIS_PER_MINUTE = 60_000;

    final int index;
    final Instrument instrument;
    final TradingCalendar calendar;
    /** Decimals of the scaled prices: two beyond the tick, so sub-tick prints of real feeds survive. */
    final int scale;
    /** Decimals of the tick: prices on the tick are served with exactly these. */
    final int tickScale;

    long last = NONE;
    long bid = NONE;
    long ask = NONE;
    long lastSize;
    long sizeSinceTick;
    long tradeMillis;
    long quoteMillis;

    /** The trading day the session figures belong to, and its regular-session bounds. */
    LocalDate sessionDate;
    private long sessionEndMillis = NONE;
    private long regularOpenMillis;
    private long regularCloseMillis;
    private TradingDay currentDay;
    long open = NONE;
    long high = NONE;
    long low = NONE;
    long volume;
    long prevClose = NONE;
    /** Close of the regular session of {@link #sessionDate} so far: tomorrow's previous close. */
    long regularLast = NONE;

    long barMinute = NONE;
    long barOpen;
    long barHigh;
    long barLow;
    long barClose;
    long barVolume;
    boolean barExtended;

    /** Ids of the last change of the quote and of the forming bar: a resuming client that saw them gets no repeat. */
    long quoteSeq;
    long barSeq;
    /**
     * False once an admin disabled the instrument: the book then ignores its feed and refuses subscriptions. The
     * state stays in the book (its index keys conflation), and re-enabling it resumes where it was.
     */
    volatile boolean listed = true;
    /** Stream clients subscribed to this symbol; read on every update to skip building unwanted events. */
    final Set<StreamClient> subscribers = ConcurrentHashMap.newKeySet();

    SymbolState(int index, Instrument instrument, TradingCalendar calendar) {
        this.index = index;
        this.instrument = instrument;
        this.calendar = calendar;
        this.tickScale = Math.max(0, instrument.tickSize().stripTrailingZeros().scale());
        this.scale = Math.max(2, tickScale + 2);
    }

    String symbol() {
        return instrument.symbol();
    }

    long units(BigDecimal price) {
        return price.setScale(scale, RoundingMode.HALF_EVEN).unscaledValue().longValueExact();
    }

    BigDecimal decimal(long units) {
        if (units == NONE) {
            return null;
        }
        BigDecimal exact = BigDecimal.valueOf(units, scale);
        BigDecimal onTick = exact.setScale(tickScale, RoundingMode.DOWN);
        return onTick.compareTo(exact) == 0 ? onTick : exact.stripTrailingZeros();
    }

    /** Seeds the session figures from stored history (at start, before the feed runs). */
    void seed(long lastUnits, long tradeAt, LocalDate date, long openUnits, long highUnits, long lowUnits, long vol,
            long prevCloseUnits) {
        last = lastUnits;
        tradeMillis = tradeAt;
        sessionDate = date;
        open = openUnits;
        high = highUnits;
        low = lowUnits;
        volume = vol;
        prevClose = prevCloseUnits;
        regularLast = open == NONE ? NONE : lastUnits;
    }

    /**
     * Applies a print. Regular-session prints move the day's open, high, low and volume; a print in a new trading
     * day's regular session first rolls yesterday's close into the previous close.
     *
     * @return true when the print started a new minute (the previous forming bar is over)
     */
    boolean applyTrade(long millis, long price, long size) {
        last = price;
        lastSize = size;
        sizeSinceTick += size;
        tradeMillis = millis;
        if (millis >= sessionEndMillis) {
            locateSession(millis);
        }
        boolean regular = millis >= regularOpenMillis && millis < regularCloseMillis;
        if (regular) {
            if (currentDay != null && !currentDay.date().equals(sessionDate)) {
                if (regularLast != NONE) {
                    prevClose = regularLast;
                }
                sessionDate = currentDay.date();
                open = NONE;
                volume = 0;
            }
            if (open == NONE) {
                open = price;
                high = price;
                low = price;
            } else {
                high = Math.max(high, price);
                low = Math.min(low, price);
            }
            volume += size;
            regularLast = price;
        }
        long minute = Math.floorDiv(millis, MILLIS_PER_MINUTE);
        boolean rolled = false;
        if (minute != barMinute) {
            rolled = barMinute != NONE;
            barMinute = minute;
            barOpen = price;
            barHigh = price;
            barLow = price;
            barVolume = 0;
            barExtended = !regular;
        } else {
            barHigh = Math.max(barHigh, price);
            barLow = Math.min(barLow, price);
        }
        barClose = price;
        barVolume += size;
        return rolled;
    }

    void applyQuote(long millis, long bidUnits, long askUnits) {
        bid = bidUnits;
        ask = askUnits;
        quoteMillis = millis;
    }

    /** Where the instrument's exchange is in its day at {@code millis} (not before the last update). */
    SessionPhase phase(long millis) {
        if (millis >= sessionEndMillis) {
            locateSession(millis);
        }
        if (currentDay == null) {
            return SessionPhase.CLOSED;
        }
        if (millis < regularOpenMillis) {
            return SessionPhase.PRE_MARKET;
        }
        return millis < regularCloseMillis ? SessionPhase.OPEN : SessionPhase.AFTER_HOURS;
    }

    /** The quote as {@code GET /market/quote} serves it; null before the first price. */
    Quote quote(long nowMillis) {
        if (last == NONE) {
            return null;
        }
        BigDecimal price = decimal(last);
        BigDecimal previous = decimal(prevClose);
        BigDecimal change = previous == null ? null : price.subtract(previous);
        BigDecimal changePercent = previous == null || previous.signum() == 0 ? null
                : change.multiply(HUNDRED).divide(previous, 2, RoundingMode.HALF_EVEN);
        long dayOpen = open == NONE ? last : open;
        return new Quote(symbol(), price, decimal(bid == NONE ? last : bid), decimal(ask == NONE ? last : ask),
                change, changePercent, decimal(dayOpen), decimal(open == NONE ? last : high),
                decimal(open == NONE ? last : low), volume, previous, phase(nowMillis),
                Instant.ofEpochMilli(Math.max(tradeMillis, quoteMillis)), instrument.currency());
    }

    private void locateSession(long millis) {
        Instant t = Instant.ofEpochMilli(millis);
        LocalDate date = LocalDate.ofInstant(t, calendar.zone());
        currentDay = null;
        // An FX trading day starts on the evening before its date; look one day either side.
        for (LocalDate candidate : new LocalDate[] {date, date.plusDays(1), date.minusDays(1)}) {
            Optional<TradingDay> day = calendar.tradingDay(candidate);
            if (day.isPresent() && !t.isBefore(day.get().preMarketOpen()) && t.isBefore(day.get().afterHoursClose())) {
                currentDay = day.get();
                break;
            }
        }
        if (currentDay == null) {
            regularOpenMillis = Long.MAX_VALUE;
            regularCloseMillis = Long.MAX_VALUE;
            // Outside every session: look again at the next minute (prints there are rare: replays, real feeds).
            sessionEndMillis = (Math.floorDiv(millis, MILLIS_PER_MINUTE) + 1) * MILLIS_PER_MINUTE;
        } else {
            regularOpenMillis = currentDay.open().toEpochMilli();
            regularCloseMillis = currentDay.close().toEpochMilli();
            sessionEndMillis = currentDay.afterHoursClose().toEpochMilli();
        }
    }
}
