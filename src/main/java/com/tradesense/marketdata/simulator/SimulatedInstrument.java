package com.tradesense.marketdata.simulator;

import java.math.BigDecimal;

import com.tradesense.marketdata.Instrument;

/**
 * What the simulated exchange needs to make an instrument trade realistically.
 *
 * @param referencePrice  price level the history is anchored at (the close before the 1-minute history starts)
 * @param beta            sensitivity of its returns to its benchmark's
 * @param dailyVolatility standard deviation of close-to-close log returns, e.g. 0.02 for 2% a day
 * @param benchmark       symbol of the market factor it moves with ({@code SPX}, {@code MASI}, {@code BTC-USD});
 *                        instruments naming the same benchmark share one factor, so they are correlated
 */
public record SimulatedInstrument(Instrument instrument, BigDecimal referencePrice, double beta,
        double dailyVolatility, String benchmark) {

    public String symbol() {
        return instrument.symbol();
    }
}
