package com.tradesense.marketdata;

/** A registered price-tick listener ({@link MarketData#onPriceTick}). */
public interface PriceSubscription {

    /** Stops the listener; cancelling twice is harmless. */
    void cancel();
}
