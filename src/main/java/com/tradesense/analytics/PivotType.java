package com.tradesense.analytics;

/** The six pivot-point families of TradingView's "Pivot Points Standard" indicator. */
public enum PivotType {
    TRADITIONAL, FIBONACCI, WOODIE, CLASSIC, DEMARK, CAMARILLA
}
