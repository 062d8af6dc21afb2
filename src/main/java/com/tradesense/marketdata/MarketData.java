package com.tradesense.marketdata;

import java.util.Optional;

/** How other modules read prices. */
public interface MarketData {

    /**
     * The latest quote of an instrument (symbols as {@link Instruments#find(String)} accepts them), or empty when the
     * symbol is unknown or nothing has traded yet.
     */
    Optional<Quote> quote(String symbol);
}
