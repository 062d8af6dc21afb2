package com.tradesense.trading;

import java.util.UUID;

/** Identifies a paper trading account. */
public record AccountId(UUID value) {

    @Override
    public String toString() {
        return value.toString();
    }
}
