package com.tradesense.marketdata.live;

import java.util.List;

import com.tradesense.marketdata.Bar;

/**
 * One stored trading day of an instrument played back as a live feed at {@code speed} times real time. Each minute is
 * played as four prints (open, the nearer extreme, the other extreme, close, as a bar's path is usually drawn) on a
 * private state of its own, so a replay never touches the live market. Plain Java, driven by {@link #advanceTo}.
 */
final class Replay {

    private static final long MINUTE = 60_000;
    /** Offsets of the four prints within a minute. */
    private static final long[] PRINT_AT = {0, 15_000, 30_000, 45_000};

    final String id;
    final String userId;
    final SymbolState state;
    final List<Bar> bars;
    final int speed;
    private final long firstMinuteMillis;
    private long startedRealMillis = -1;
    private int nextBar;
    private int nextPrint;

    Replay(String id, String userId, SymbolState state, List<Bar> bars, int speed) {
        this.id = id;
        this.userId = userId;
        this.state = state;
        this.bars = bars;
        this.speed = speed;
        this.firstMinuteMillis = bars.get(0).t().toEpochMilli();
    }

    /** Something the replay did while advancing. */
    interface Listener {
        void trade(long replayMillis);

        void minuteCompleted(Bar bar);
    }

    /**
     * Plays every print due by {@code realMillis} (the first call starts the clock).
     *
     * @return true while bars remain
     */
    boolean advanceTo(long realMillis, Listener listener) {
        if (startedRealMillis < 0) {
            startedRealMillis = realMillis;
        }
        long replayMillis = firstMinuteMillis + (realMillis - startedRealMillis) * speed;
        while (nextBar < bars.size()) {
            Bar bar = bars.get(nextBar);
            // After its four prints a minute is complete once the replay clock passes its end, as live.
            long dueMillis = bar.t().toEpochMilli() + (nextPrint < PRINT_AT.length ? PRINT_AT[nextPrint] : MINUTE);
            if (dueMillis > replayMillis) {
                return true;
            }
            if (nextPrint == PRINT_AT.length) {
                listener.minuteCompleted(bar);
                nextPrint = 0;
                nextBar++;
                continue;
            }
            long price = state.units(path(bar)[nextPrint]);
            long size = nextPrint == PRINT_AT.length - 1 ? bar.v() - 3 * (bar.v() / 4) : bar.v() / 4;
            state.applyTrade(dueMillis, price, size);
            listener.trade(dueMillis);
            nextPrint++;
        }
        return false;
    }

    int position() {
        return nextBar;
    }

    /** Open, then whichever extreme lies nearer the open, then the other, then the close. */
    static java.math.BigDecimal[] path(Bar bar) {
        boolean highFirst = bar.h().subtract(bar.o()).compareTo(bar.o().subtract(bar.l())) < 0;
        return highFirst ? new java.math.BigDecimal[] {bar.o(), bar.h(), bar.l(), bar.c()}
                : new java.math.BigDecimal[] {bar.o(), bar.l(), bar.h(), bar.c()};
    }

    long endMillis() {
        return bars.get(bars.size() - 1).t().toEpochMilli() + MINUTE;
    }
}
