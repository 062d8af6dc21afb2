package com.tradesense.marketdata.simulator;

import java.time.Duration;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.calendar.TradingDay;

/**
 * How one trading day spreads its variance and volume over its minutes. Shares are fractions of the instrument's
 * daily variance (volume), so a day with a break before it, extended hours and a regular session still adds up to the
 * configured daily volatility close to close.
 */
final class SessionDay {

    /** Variance between the previous session's last print and this one's first: overnight news, the weekend. */
    static final double OVERNIGHT_SHARE = 0.15;
    /** Variance of all pre-market and after-hours minutes together: few participants, small moves. */
    static final double EXTENDED_SHARE = 0.08;
    /** Volume of all extended-hours minutes together. */
    static final double EXTENDED_VOLUME_SHARE = 0.07;

    final TradingDay day;
    /** Epoch minutes of the four session boundaries. */
    final long preOpen;
    final long open;
    final long close;
    final long afterClose;
    /** Whether the market was closed just before this day's first minute, so that minute opens with a gap. */
    final boolean gapAtStart;

    private final double regularShare;
    private final double extendedMinuteShare;
    private final double extendedMinuteVolume;
    private final boolean uShaped;
    private final double uWeightSum;

    private SessionDay(TradingDay day, boolean gapAtStart) {
        this.day = day;
        this.preOpen = epochMinute(day.preMarketOpen().getEpochSecond());
        this.open = epochMinute(day.open().getEpochSecond());
        this.close = epochMinute(day.close().getEpochSecond());
        this.afterClose = epochMinute(day.afterHoursClose().getEpochSecond());
        this.gapAtStart = gapAtStart;
        long extendedMinutes = (open - preOpen) + (afterClose - close);
        double extendedShare = extendedMinutes > 0 ? EXTENDED_SHARE : 0;
        this.regularShare = 1 - extendedShare - gapShare();
        this.extendedMinuteShare = extendedMinutes > 0 ? extendedShare / extendedMinutes : 0;
        this.extendedMinuteVolume = extendedMinutes > 0 ? EXTENDED_VOLUME_SHARE / extendedMinutes : 0;
        // Only a session that opens and closes has an opening rush and a closing auction; 24-hour markets are flat.
        this.uShaped = close - open < Duration.ofDays(1).toMinutes();
        double sum = 0;
        for (long m = open; m < close; m++) {
            sum += uWeight(m);
        }
        this.uWeightSum = sum;
    }

    static SessionDay of(TradingCalendar calendar, TradingDay day) {
        boolean closedBefore = calendar.phaseAt(day.preMarketOpen().minusSeconds(60)) == SessionPhase.CLOSED;
        return new SessionDay(day, closedBefore);
    }

    static long epochMinute(long epochSecond) {
        return Math.floorDiv(epochSecond, 60);
    }

    boolean contains(long minute) {
        return minute >= preOpen && minute < afterClose;
    }

    boolean extended(long minute) {
        return minute < open || minute >= close;
    }

    boolean gap(long minute) {
        return gapAtStart && minute == preOpen;
    }

    boolean hasExtendedHours() {
        return preOpen < open || afterClose > close;
    }

    double gapShare() {
        return gapAtStart ? OVERNIGHT_SHARE : 0;
    }

    /** Share of the daily close-to-close variance that falls between the previous regular close and this open. */
    double outsideRegularShare() {
        return 1 - regularShare;
    }

    double regularShare() {
        return regularShare;
    }

    /** Share of the day's variance in this minute (the overnight gap is separate, see {@link #gapShare()}). */
    double varianceShare(long minute) {
        return extended(minute) ? extendedMinuteShare : regularShare * uWeight(minute) / uWeightSum;
    }

    double volumeShare(long minute) {
        return extended(minute) ? extendedMinuteVolume
                : (hasExtendedHours() ? 1 - EXTENDED_VOLUME_SHARE : 1) * uWeight(minute) / uWeightSum;
    }

    long minutes() {
        return afterClose - preOpen;
    }

    /**
     * The intraday U: 2.0 at the open and close, 0.5 at midday (averaging 1), a parabola in the session's elapsed
     * fraction. Empirical US equity studies show opening and closing volatility two to four times midday's.
     */
    private double uWeight(long minute) {
        if (!uShaped) {
            return 1;
        }
        double x = (minute - open + 0.5) / (close - open);
        double fromMiddle = 2 * x - 1;
        return 0.5 + 1.5 * fromMiddle * fromMiddle;
    }
}
