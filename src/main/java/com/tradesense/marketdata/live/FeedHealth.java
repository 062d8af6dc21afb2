package com.tradesense.marketdata.live;

import java.time.Instant;

/**
 * @param provider      {@link MarketFeed#provider()}
 * @param state         CONNECTED, CONNECTING, RECONNECTING, DISCONNECTED or STOPPED
 * @param mode          STREAM (live socket or in-process generator) or POLLING (REST fallback while the socket is down)
 * @param symbols       how many symbols the feed serves
 * @param lastMessageAt when the feed last delivered anything, null before the first message
 * @param reconnects    reconnect attempts since start
 * @param lagMillis     age of the newest delivered event's exchange timestamp when it was received, -1 when unknown
 * @param detail        a human-readable note on the last error or fallback, null when healthy
 */
public record FeedHealth(String provider, String state, String mode, int symbols, Instant lastMessageAt,
        long reconnects, long lagMillis, String detail) {
}
