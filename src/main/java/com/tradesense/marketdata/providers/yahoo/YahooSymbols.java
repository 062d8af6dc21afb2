package com.tradesense.marketdata.providers.yahoo;

import java.util.Map;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/**
 * Catalog symbols as Yahoo spells them: FX pairs {@code EURUSD=X}, indices with a caret ({@code ^GSPC} for SPX),
 * Casablanca stocks with the {@code .CS} suffix (unverified: Yahoo does not reliably cover the bourse, which is why
 * BVC has its own adapter), everything else as it is ({@code AAPL}, {@code BTC-USD}, {@code GC=F}). Configured
 * overrides win.
 */
final class YahooSymbols {

    private static final Map<String, String> INDICES = Map.of("SPX", "^GSPC", "NDX", "^NDX", "DJI", "^DJI",
            "VIX", "^VIX", "MASI", "^MASI");

    private final Map<String, String> overrides;

    YahooSymbols(Map<String, String> overrides) {
        this.overrides = Map.copyOf(overrides);
    }

    String of(Instrument instrument) {
        String symbol = instrument.symbol();
        String override = overrides.get(symbol);
        if (override != null) {
            return override;
        }
        if ("FX".equals(instrument.exchange()) && symbol.indexOf('/') == 3) {
            return symbol.replace("/", "") + "=X";
        }
        if (instrument.assetClass() == AssetClass.INDEX) {
            return INDICES.getOrDefault(symbol, "^" + symbol);
        }
        if ("BVC".equals(instrument.exchange())) {
            return symbol + ".CS";
        }
        return symbol;
    }
}
