package com.tradesense.marketdata;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * Where an instrument trades now, against its previous close.
 *
 * @param price         last traded price
 * @param bid           best bid; until a live feed exists, price minus half the instrument's typical spread
 * @param ask           best ask; until a live feed exists, price plus half the instrument's typical spread
 * @param change        price minus prevClose, or null without a previous close
 * @param changePercent change relative to prevClose where 1.5 means 1.5%, 2 decimals, or null without a previous close
 * @param open          first price of the current (or last) trading day's regular session
 * @param dayHigh       highest price of that regular session
 * @param dayLow        lowest price of that regular session
 * @param volume        volume of that regular session
 * @param prevClose     regular-session close of the trading day before, or null when none is stored
 * @param session       where the instrument's exchange is in its trading day now
 * @param timestamp     when the price was traded
 */
public record Quote(String symbol, BigDecimal price, BigDecimal bid, BigDecimal ask, BigDecimal change,
        BigDecimal changePercent, BigDecimal open, BigDecimal dayHigh, BigDecimal dayLow, long volume,
        BigDecimal prevClose, SessionPhase session, Instant timestamp, String currency) {
}
