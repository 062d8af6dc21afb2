package com.tradesense.trading;

public enum OrderSide {
    BUY, SELL;

    /** +1 for a buy, -1 for a sell: the sign a fill of this side adds to a position. */
    public int sign() {
        return this == BUY ? 1 : -1;
    }

    public OrderSide opposite() {
        return this == BUY ? SELL : BUY;
    }
}
