package com.tradesense.trading;

/** CASH trades only what it holds (no shorting, 1x); MARGIN borrows (2x overnight, 4x intraday for stocks) and may short. */
public enum AccountType {
    CASH, MARGIN
}
