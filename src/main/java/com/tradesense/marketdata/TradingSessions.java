package com.tradesense.marketdata;

import java.time.LocalDate;
import java.util.Optional;

/** How other modules read exchange sessions (holidays, early closes and daylight saving already applied). */
public interface TradingSessions {

    /**
     * The session of a listing venue ({@link Instrument#exchange()}: {@code NYSE}, {@code NASDAQ}, {@code BVC},
     * {@code CRYPTO}, {@code FX}, ...) on a local date, or empty when the venue does not trade that day.
     *
     * @throws com.tradesense.platform.ApiException 400 {@code UNKNOWN_EXCHANGE} naming {@code exchange}
     */
    Optional<TradingSession> session(String exchange, LocalDate date);
}
