package com.tradesense.trading;

/** Where an order is in its life; HELD is an exit leg waiting for its entry to fill. */
public enum OrderStatus {
    NEW, ACCEPTED, HELD, PARTIALLY_FILLED, FILLED, CANCELED, EXPIRED, REJECTED, REPLACED;

    public boolean isOpen() {
        return this == NEW || this == ACCEPTED || this == HELD || this == PARTIALLY_FILLED;
    }
}
