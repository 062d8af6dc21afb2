package com.tradesense.trading;

public enum PositionSide {
    LONG, SHORT
}
