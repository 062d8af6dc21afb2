package com.tradesense.marketdata;

import java.util.List;
import java.util.Optional;

/** How other modules read the instrument catalog. */
public interface Instruments {

    /**
     * The instrument with that symbol, enabled or not (past orders and journal entries still need it), matched
     * case-insensitively. A '-' may stand for the '/' of FX symbols so they fit in a URL path: {@code EUR-USD}
     * finds {@code EUR/USD}, while {@code BTC-USD} stays itself.
     */
    Optional<Instrument> find(String symbol);

    /** Enabled instruments matching a symbol or name query (prefix first, then one typo), optionally filtered. */
    List<Instrument> search(String query, AssetClass assetClass, String exchange);
}
