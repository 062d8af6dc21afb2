package com.tradesense.trading;

public enum OrderType {
    MARKET, LIMIT, STOP, STOP_LIMIT, TRAILING_STOP
}
