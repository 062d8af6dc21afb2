package com.tradesense.marketdata.simulator;

import com.tradesense.marketdata.AssetClass;

/**
 * How actively an instrument trades: typical daily volume (in units of the instrument), the quoted half-spread and the
 * number of prints in a regular-hours minute. Derived from the asset class, venue and volatility until the catalog
 * carries per-instrument liquidity: calmer names are the large, liquid ones and quote tighter.
 */
record Liquidity(double dailyVolume, double halfSpreadBps, int printsPerMinute) {

    static final String CASABLANCA = "BVC";

    static Liquidity of(SimulatedInstrument simulated) {
        double price = simulated.referencePrice().doubleValue();
        double vol = simulated.dailyVolatility();
        AssetClass assetClass = simulated.instrument().assetClass();
        return switch (assetClass) {
            // An index is a computed level: no volume and no book.
            case INDEX -> new Liquidity(0, 0, 12);
            case CRYPTO -> new Liquidity(1.5e9 / price, 0.5 * vol / 0.03, 12);
            // FX volume is a tick count, as retail FX feeds report it.
            case FX -> new Liquidity(80_000, 0.4 * vol / 0.006, 12);
            case COMMODITY -> new Liquidity(250_000, 1.0 * vol / 0.015, 12);
            case STOCK, ETF -> CASABLANCA.equals(simulated.instrument().exchange())
                    ? new Liquidity(2.5e7 / price, 12.0 * vol / 0.015, 3)
                    : new Liquidity(4e9 / price, 1.0 * vol / 0.02, 12);
        };
    }

    /** Extended hours print far less often; two prints (open and close) is the least a bar needs. */
    int prints(boolean extended) {
        return extended ? Math.max(2, printsPerMinute / 4) : Math.max(2, printsPerMinute);
    }
}
