package com.tradesense.trading;

/**
 * SIMPLE: one order. BRACKET: an entry with a take-profit and a stop-loss exit, held until the entry fills, that
 * cancel each other. OTO: an entry with one held exit. OCO: a take-profit limit and a stop-loss that cancel each other.
 */
public enum OrderClass {
    SIMPLE, BRACKET, OCO, OTO
}
