package com.tradesense.marketdata.live;

import java.io.IOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One connected stream client (an SSE response or a WebSocket session) with its own bounded outbound queue. Events
 * are offered by the feed threads and written by a pool thread, so a slow client never delays the feed or the others.
 * The queue conflates: a client that falls behind keeps only the newest quote and forming bar of each symbol, while
 * ordered events (completed bars, status) queue up to a limit, past which the client is dropped.
 */
abstract class StreamClient {

    final long id;
    final String userId;
    /** Symbols this client receives, by {@link SymbolState}; changed only through the hub. */
    final Set<SymbolState> symbols = ConcurrentHashMap.newKeySet();

    private final Object queueLock = new Object();
    private LinkedHashMap<Long, LiveEvent> pending = new LinkedHashMap<>();
    private int orderedPending;
    private long orderedKey = Long.MIN_VALUE;
    private final int maxOrderedPending;
    private final Executor writer;
    private final AtomicBoolean scheduled = new AtomicBoolean();
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
        if (closed) {
            return;
        }
        boolean overflow = false;
        synchronized (queueLock) {
            for (LiveEvent event : events) {
                long key = event.conflationKey;
                if (key == LiveEvent.ORDERED) {
                    key = orderedKey++;
                    overflow |= ++orderedPending > maxOrderedPending;
                }
                pending.put(key, event);
            }
        }
        if (overflow) {
            onOverflow.run();
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    private void drain() {
        Collection<LiveEvent> batch;
        synchronized (queueLock) {
            batch = pending.values();
            pending = new LinkedHashMap<>();
            orderedPending = 0;
        }
        try {
            if (!batch.isEmpty() && !closed) {
                writeStartedNanos = System.nanoTime();
                write(batch);
            }
        } catch (IOException | RuntimeException e) {
            // The client went away (or its connection broke): release it like a disconnect, not as a slow client.
            closed = true;
        } finally {
            writeStartedNanos = 0;
            scheduled.set(false);
        }
        boolean more;
        synchronized (queueLock) {
            more = !pending.isEmpty();
        }
        if (more && !closed && scheduled.compareAndSet(false, true)) {
            writer.execute(this::drain);
        }
    }

    /** How long the current write has been blocked, 0 when none is in progress. */
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
            pending = new LinkedHashMap<>();
        }
        release();
    }

    /** Writes a batch in order, blocking at most as long as the transport's write timeout. */
    abstract void write(Collection<LiveEvent> batch) throws IOException;

    abstract void release();
}
