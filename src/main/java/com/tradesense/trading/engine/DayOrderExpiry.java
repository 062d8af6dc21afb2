package com.tradesense.trading.engine;

import java.time.Instant;

import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.TimeInForce;

/**
 * Whether a DAY order restored from storage outlived its day while the engine was not watching (the app was down
 * over a close). The live engine expires DAY orders as the session phase leaves OPEN; this is the same rule read from
 * the calendar: a close has passed since the order was placed. An extended-hours order lives on through the
 * after-hours session right after that close.
 */
public final class DayOrderExpiry {

    private DayOrderExpiry() {
    }

    /**
     * @param closes the closes of the order's exchange
     * @param phase  where the order's market is now (from its quote), or null when unknown
     */
    public static boolean expired(Order order, MarketCloses closes, Instant now, SessionPhase phase) {
        if (order.timeInForce != TimeInForce.DAY) {
            return false;
        }
        Instant close = closes.firstBetween(order.createdAt, now);
        if (close == null) {
            return false;
        }
        boolean inItsAfterHours = order.extendedHours && phase == SessionPhase.AFTER_HOURS
                && close.equals(closes.latestAtOrBefore(now));
        return !inItsAfterHours;
    }
}
