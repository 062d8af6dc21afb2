package com.tradesense.marketdata;

/** Where an exchange is in its trading day. */
public enum SessionPhase {
    PRE_MARKET, OPEN, AFTER_HOURS, CLOSED
}
