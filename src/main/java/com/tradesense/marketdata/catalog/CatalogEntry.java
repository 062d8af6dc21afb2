package com.tradesense.marketdata.catalog;

import com.tradesense.marketdata.Instrument;

/** One instrument of the catalog with its market profile. */
public record CatalogEntry(Instrument instrument, MarketProfile profile) {

    public String symbol() {
        return instrument.symbol();
    }
}
