package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One connected stream client (an SSE connection or a WebSocket session) with its own bounded outbound queue. Events
 * are offered by the feed threads and written by a pool thread, so a slow client never delays the feed or the others.
 * The queue conflates: a client that falls behind keeps only the newest quote and forming bar of each symbol, while
 * ordered events (completed bars, status) queue up to a limit, past which the client is dropped. A transport that
 * writes without blocking (SSE) holds no thread while its socket is full: its queue conflates meanwhile, and it
 * {@link #resume() resumes} the client once the socket has drained.
 */
abstract class StreamClient {

    final long id;
    final String userId;
    /** Symbols this client receives, by {@link SymbolState}; changed only through the hub. */
    final Set<SymbolState> symbols = ConcurrentHashMap.newKeySet();

    private final Object queueLock = new Object();
    /**
     * Queued events in arrival order; one with the conflation key of a queued event takes its place. A list scanned
     * for the key, not a map: a client keeping up has one or two events queued, and a map entry and a boxed key per
     * event would cost more than the scan.
     */
    private final ArrayList<LiveEvent> pending = new ArrayList<>();
    private int orderedPending;
    private final int maxOrderedPending;
    private final Executor writer;
    private final Runnable drain = this::drain;
    /**
     * Wake-ups (offers, the transport turning writable) no drain has seen yet. The one that raises it from 0 schedules
     * a drain; one arriving while a drain runs makes that drain schedule another, so none is lost.
     */
    private final AtomicInteger wakeUps = new AtomicInteger();
    private volatile boolean closed;
    private volatile long writeStartedNanos;
    private volatile Runnable onOverflow = () -> { };

    StreamClient(long id, String userId, int maxOrderedPending, Executor writer) {
        this.id = id;
        this.userId = userId;
        this.maxOrderedPending = maxOrderedPending;
        this.writer = writer;
    }

    void onOverflow(Runnable action) {
        this.onOverflow = action;
    }

    /** Queues an event; never blocks. */
    final void offer(LiveEvent event) {
        offer(List.of(event));
    }

    /** Queues the events of one update together, so they go out in one write; never blocks. */
    final void offer(List<LiveEvent> events) {
        if (closed || events.isEmpty()) {
            return;
        }
        boolean overflow = false;
        synchronized (queueLock) {
            for (LiveEvent event : events) {
                if (event.conflationKey == LiveEvent.ORDERED) {
                    pending.add(event);
                    overflow |= ++orderedPending > maxOrderedPending;
                } else {
                    conflate(event);
                }
            }
        }
        if (overflow) {
            onOverflow.run();
            return;
        }
        wakeUp();
    }

    /** Called by a non-blocking transport once what it could not send at once has gone out. */
    final void resume() {
        writeStartedNanos = 0;
        wakeUp();
    }

    private void wakeUp() {
        if (wakeUps.getAndIncrement() == 0) {
            writer.execute(drain);
        }
    }

    private void conflate(LiveEvent event) {
        for (int i = pending.size() - 1; i >= 0; i--) {
            if (pending.get(i).conflationKey == event.conflationKey) {
                pending.set(i, event);
                return;
            }
        }
        pending.add(event);
    }

    private void drain() {
        int seen = wakeUps.get();
        if (!closed && writable()) {
            List<LiveEvent> batch = null;
            synchronized (queueLock) {
                if (!pending.isEmpty()) {
                    // Copied rather than swapped for a new list: a young list stored into this long-lived client
                    // would cost the garbage collector a dirty card per write.
                    batch = new ArrayList<>(pending);
                    pending.clear();
                    orderedPending = 0;
                }
            }
            if (batch != null) {
                try {
                    writeStartedNanos = System.nanoTime();
                    if (write(batch)) {
                        writeStartedNanos = 0;
                    }
                } catch (IOException | RuntimeException e) {
                    // The client went away (or its connection broke): release it like a disconnect, not as a slow
                    // client.
                    closed = true;
                }
            }
        }
        // Go to the back of the line for whatever arrived meanwhile: one busy client does not hold a writer.
        if (wakeUps.addAndGet(-seen) != 0) {
            writer.execute(drain);
        }
    }

    /**
     * How long the current write has been blocked (or, for a non-blocking transport, waiting for the socket to drain),
     * 0 when none is.
     */
    final long writeBlockedNanos(long nowNanos) {
        long started = writeStartedNanos;
        return started == 0 ? 0 : nowNanos - started;
    }

    final boolean isClosed() {
        return closed;
    }

    /** Marks the client closed and releases its transport; idempotent. */
    final void close() {
        closed = true;
        synchronized (queueLock) {
            pending.clear();
            pending.trimToSize();
        }
        release();
    }

    /**
     * Writes a batch in order. A blocking transport returns once it is written (within its write timeout) and answers
     * true; a non-blocking one hands it to the socket and answers whether all of it went out, and if not calls
     * {@link #resume()} once the rest has.
     */
    abstract boolean write(List<LiveEvent> batch) throws IOException;

    /** Whether the transport can take a write now; one that cannot calls {@link #resume()} when it can. */
    boolean writable() {
        return true;
    }

    abstract void release();
}
