package com.tradesense.trading;

/** DAY expires at the session close, GTC stays until filled or canceled, IOC fills what it can at once, FOK all or nothing. */
public enum TimeInForce {
    DAY, GTC, IOC, FOK
}
