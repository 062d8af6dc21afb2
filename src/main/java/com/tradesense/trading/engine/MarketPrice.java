package com.tradesense.trading.engine;

import java.math.BigDecimal;
import java.time.Instant;

import com.tradesense.marketdata.SessionPhase;

/**
 * What the engine knows of a symbol's market at one moment: a live tick, or a quote read at order entry.
 *
 * @param lastSize units traded since the previous price of this symbol; 0 when unknown
 */
public record MarketPrice(String symbol, BigDecimal last, BigDecimal bid, BigDecimal ask, long lastSize,
        SessionPhase session, Instant at) {

    /** The side a taker crosses to: the ask for a buy, the bid for a sell. */
    public BigDecimal touch(int sign) {
        return sign > 0 ? ask : bid;
    }
}
