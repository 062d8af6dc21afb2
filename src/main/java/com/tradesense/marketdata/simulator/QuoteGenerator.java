package com.tradesense.marketdata.simulator;

import java.math.BigDecimal;

/**
 * The live feed of one instrument: plays each minute's prints (the very prints the history generator bridges between
 * open and close) at their times within the minute, refreshes the bid/ask at the configured rate, and builds the
 * forming 1-minute bar. Driven by {@link #advance(long)} from a scheduler thread; it returns a result code instead of
 * throwing and allocates nothing per call except when a new minute starts. Prices are in ticks of {@link #tickSize()}.
 * Not thread-safe: one driver thread per generator.
 */
public final class QuoteGenerator {

    /** The market is closed: nothing quoted. */
    public static final int CLOSED = 0;
    /** Bid and ask were refreshed. */
    public static final int QUOTE = 1;
    /** One or more prints happened: last, size and the forming bar changed. */
    public static final int TRADE = 2;
    /** The previous minute's bar completed; read it through the {@code completed*} accessors. */
    public static final int BAR_COMPLETED = 4;

    private static final long MILLIS_PER_MINUTE = 60_000;
    private static final long NO_MINUTE = Long.MIN_VALUE;

    private final InstrumentModel model;
    private final long quoteIntervalMillis;
    private final MinuteBarSink skipped = (minute, o, h, l, c, v, extended) -> { };

    private MinuteBar forming = new MinuteBar();
    private MinuteBar completed = new MinuteBar();
    /** The last minute whose bar is final (stored or completed here); the next one continues from its close. */
    private long lastMinute;
    private long lastClose;
    private long formingMinute = NO_MINUTE;
    private int printsPlayed;
    private long quoteIndex;
    private long spreadTicks;

    private long bid;
    private long ask;
    private long last;
    private long lastSize;
    private long high;
    private long low;

    QuoteGenerator(InstrumentModel model, long lastMinute, long lastClose, int quotesPerSecond) {
        this.model = model;
        this.lastMinute = lastMinute;
        this.lastClose = lastClose;
        this.quoteIntervalMillis = Math.max(1, 1000 / Math.max(1, quotesPerSecond));
    }

    /**
     * Moves the feed to {@code epochMillis} (never backwards).
     *
     * @return {@link #CLOSED} or a combination of {@link #QUOTE}, {@link #TRADE} and {@link #BAR_COMPLETED}
     */
    public int advance(long epochMillis) {
        long minute = Math.floorDiv(epochMillis, MILLIS_PER_MINUTE);
        int result = 0;
        if (minute != formingMinute) {
            result |= rollTo(minute);
        }
        if (formingMinute == NO_MINUTE) {
            return result;
        }
        long elapsed = epochMillis - minute * MILLIS_PER_MINUTE;
        int count = forming.printCount;
        int due = (int) Math.min(count, elapsed * count / MILLIS_PER_MINUTE + 1);
        if (due > printsPlayed) {
            for (int k = printsPlayed; k < due; k++) {
                high = Math.max(high, forming.prints[k]);
                low = Math.min(low, forming.prints[k]);
            }
            last = forming.prints[due - 1];
            lastSize = forming.volumeThrough(due - 1) - (printsPlayed == 0 ? 0 : forming.volumeThrough(printsPlayed - 1));
            printsPlayed = due;
            result |= TRADE;
        }
        long quote = elapsed / quoteIntervalMillis;
        if (quote != quoteIndex || (result & TRADE) != 0) {
            quoteIndex = quote;
            // Every few refreshes the book thins out by a tick, as quotes are pulled and replaced.
            long widen = ((quote * 0x9E3779B97F4A7C15L) ^ minute) >>> 61 == 0 ? 1 : 0;
            long spread = spreadTicks == 0 ? 0 : spreadTicks + widen;
            bid = Math.max(1, last - spread / 2);
            ask = bid + spread;
            result |= QUOTE;
        }
        return result;
    }

    private int rollTo(long minute) {
        int result = 0;
        if (formingMinute != NO_MINUTE) {
            // The minute is over: its bar is the whole plan, including prints the driver did not call in time for.
            MinuteBar done = forming;
            forming = completed;
            completed = done;
            lastMinute = formingMinute;
            lastClose = done.close;
            formingMinute = NO_MINUTE;
            result |= BAR_COMPLETED;
        }
        if (minute <= lastMinute) {
            return result;
        }
        // Minutes nobody asked for (the driver paused) still move the price, exactly as the history would.
        lastClose = model.simulate(lastMinute + 1, minute, lastClose, forming, skipped);
        lastMinute = minute - 1;
        SessionDay day = model.sessionAt(minute);
        if (day == null) {
            lastMinute = minute;
            return result;
        }
        model.minute(minute, day, lastClose, forming);
        formingMinute = minute;
        printsPlayed = 0;
        quoteIndex = -1;
        high = forming.open;
        low = forming.open;
        double spread = 2 * model.liquidity.halfSpreadBps() / 10_000 * model.price(forming.open);
        spreadTicks = model.liquidity.halfSpreadBps() == 0 ? 0 : model.ticks(spread);
        return result;
    }

    public BigDecimal tickSize() {
        return model.tickSize;
    }

    public long bid() {
        return bid;
    }

    public long ask() {
        return ask;
    }

    public long last() {
        return last;
    }

    /** Units traded since the previous trade report. */
    public long lastSize() {
        return lastSize;
    }

    public long formingMinute() {
        return formingMinute;
    }

    public long formingOpen() {
        return forming.open;
    }

    public long formingHigh() {
        return high;
    }

    public long formingLow() {
        return low;
    }

    public long formingVolume() {
        return printsPlayed == 0 ? 0 : forming.volumeThrough(printsPlayed - 1);
    }

    public long completedMinute() {
        return completed.minute;
    }

    public long completedOpen() {
        return completed.open;
    }

    public long completedHigh() {
        return completed.high;
    }

    public long completedLow() {
        return completed.low;
    }

    public long completedClose() {
        return completed.close;
    }

    public long completedVolume() {
        return completed.volume;
    }
}
