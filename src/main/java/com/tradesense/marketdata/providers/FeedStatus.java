package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesense.marketdata.live.FeedHealth;

/** The live state of one feed connection, written by its threads and read by the health endpoint. */
public final class FeedStatus {

    public static final String CONNECTED = "CONNECTED";
    public static final String CONNECTING = "CONNECTING";
    public static final String RECONNECTING = "RECONNECTING";
    public static final String DISCONNECTED = "DISCONNECTED";
    public static final String STOPPED = "STOPPED";
    public static final String STREAM = "STREAM";
    public static final String POLLING = "POLLING";

    private final String provider;
    private final Clock clock;
    private final AtomicLong reconnects = new AtomicLong();
    private volatile String state = STOPPED;
    private volatile String mode;
    private volatile int symbols;
    private volatile Instant lastMessageAt;
    private volatile long lagMillis = -1;
    private volatile String detail;

    public FeedStatus(String provider, String mode, Clock clock) {
        this.provider = provider;
        this.mode = mode;
        this.clock = clock;
    }

    public void state(String state, String detail) {
        this.state = state;
        this.detail = detail;
    }

    public String state() {
        return state;
    }

    public void mode(String mode) {
        this.mode = mode;
    }

    public void symbols(int symbols) {
        this.symbols = symbols;
    }

    public void reconnecting() {
        reconnects.incrementAndGet();
    }

    /** Something arrived; {@code eventMillis} is the exchange time it carries, or -1. */
    public void received(long eventMillis) {
        Instant now = clock.instant();
        lastMessageAt = now;
        if (eventMillis > 0) {
            lagMillis = Math.max(0, now.toEpochMilli() - eventMillis);
        }
    }

    public FeedHealth health() {
        return new FeedHealth(provider, state, mode, symbols, lastMessageAt, reconnects.get(), lagMillis, detail);
    }
}
