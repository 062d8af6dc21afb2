package com.tradesense.marketdata;

/**
 * An admin added an instrument or disabled or re-enabled one; {@code instrument.enabled()} is its state now. The
 * live market follows it at once: an enabled instrument quotes and streams, a disabled one stops.
 */
public record InstrumentEnabledChanged(Instrument instrument) {
}
