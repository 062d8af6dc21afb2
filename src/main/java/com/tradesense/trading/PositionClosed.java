package com.tradesense.trading;

import com.tradesense.identity.UserId;

/** A position went flat; the journal records its round trip. */
public record PositionClosed(AccountId accountId, UserId ownerId, RoundTrip roundTrip) {
}
