package com.tradesense.marketdata;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One OHLCV bar as stored and served: {@code {t, o, h, l, c, v}}. Prices are exact decimals on the instrument's
 * tick; {@code t} is the start of the bar's window (see {@link Interval} for how windows are aligned).
 */
public record Bar(Instant t, BigDecimal o, BigDecimal h, BigDecimal l, BigDecimal c, long v) {
}
