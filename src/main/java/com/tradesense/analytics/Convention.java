package com.tradesense.analytics;

/**
 * Warm-up and seeding conventions, which differ between charting packages on the first values of an indicator (later
 * values converge). Every indicator is null until it has seen enough bars, whichever convention.
 * <ul>
 * <li>{@code STOCKCHARTS} (default): EMA seeded with the simple average of its first n values; Wilder averages
 * (RSI, ATR, ADX) seeded the same way; the first bar's true range is its high minus low, so ATR(14) starts on bar
 * 14; OBV starts at 0. TradingView's RSI, ATR, ADX and OBV agree.</li>
 * <li>{@code TRADINGVIEW}: as STOCKCHARTS, but an EMA (and so MACD) seeded with its first value, as Pine's
 * {@code ta.ema} is defined.</li>
 * <li>{@code TA_LIB}: the first bar has no true range, so ATR(14) starts on bar 15; MACD's fast EMA is seeded on the
 * bars just before the slow EMA's first value, so both start together (ta_MACD.c); OBV starts at the first bar's
 * volume.</li>
 * </ul>
 */
public enum Convention {
    STOCKCHARTS, TRADINGVIEW, TA_LIB
}
