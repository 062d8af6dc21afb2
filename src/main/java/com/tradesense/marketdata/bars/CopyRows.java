package com.tradesense.marketdata.bars;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.simulator.MinuteBarSink;

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, one row a line), written straight from tick prices so a
 * backfill of millions of bars formats numbers without creating a BigDecimal per price.
 */
final class CopyRows implements MinuteBarSink {

    private final StringBuilder text = new StringBuilder(1 << 16);
    private final String symbol;
    /** A price of n ticks is {@code n * tickUnscaled} units of {@code 10^-tickScale}. */
    private final long tickUnscaled;
    private final int tickScale;
    private int count;

    CopyRows(String symbol, BigDecimal tickSize) {
        this.symbol = symbol;
        BigDecimal tick = tickSize.stripTrailingZeros();
        this.tickScale = Math.max(0, tick.scale());
        this.tickUnscaled = tick.movePointRight(tickScale).longValueExact();
    }

    /** A 1-minute row: symbol, t, o, h, l, c, v, extended. */
    @Override
    public void accept(long epochMinute, long open, long high, long low, long close, long volume, boolean extended) {
        text.append(symbol).append('\t').append(Instant.ofEpochSecond(epochMinute * 60)).append('\t');
        price(open);
        price(high);
        price(low);
        price(close);
        text.append(volume).append('\t').append(extended ? 't' : 'f').append('\n');
        count++;
    }

    /** A 1-minute row from exact prices (bars of a live feed rather than the simulator's ticks). */
    void minute(Bar bar, boolean extended) {
        text.append(symbol).append('\t').append(bar.t()).append('\t').append(bar.o().toPlainString()).append('\t')
                .append(bar.h().toPlainString()).append('\t').append(bar.l().toPlainString()).append('\t')
                .append(bar.c().toPlainString()).append('\t').append(bar.v()).append('\t')
                .append(extended ? 't' : 'f').append('\n');
        count++;
    }

    /** A daily row: symbol, trading_date, t, o, h, l, c, v. */
    void daily(LocalDate tradingDate, Bar bar) {
        text.append(symbol).append('\t').append(tradingDate).append('\t').append(bar.t()).append('\t')
                .append(bar.o().toPlainString()).append('\t').append(bar.h().toPlainString()).append('\t')
                .append(bar.l().toPlainString()).append('\t').append(bar.c().toPlainString()).append('\t')
                .append(bar.v()).append('\n');
        count++;
    }

    int count() {
        return count;
    }

    String text() {
        return text.toString();
    }

    private void price(long ticks) {
        long units = ticks * tickUnscaled;
        if (tickScale == 0) {
            text.append(units);
        } else {
            long scale = pow10(tickScale);
            String fraction = Long.toString(units % scale);
            text.append(units / scale).append('.');
            for (int i = fraction.length(); i < tickScale; i++) {
                text.append('0');
            }
            text.append(fraction);
        }
        text.append('\t');
    }

    private static long pow10(int exponent) {
        long value = 1;
        for (int i = 0; i < exponent; i++) {
            value *= 10;
        }
        return value;
    }
}
