package com.tradesense.analytics;

/** How a chart draws a level: above the price resistance, below it support; pivot levels stay pivots. */
public enum LevelKind {
    RESISTANCE, SUPPORT, PIVOT
}
