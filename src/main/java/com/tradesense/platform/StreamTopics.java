package com.tradesense.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.SessionLimitExceededException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live streams grouped by topic (an account, a symbol's levels), over Server-Sent Events or WebSocket: each watcher is
 * one open stream of one user, at most {@code maxPerUser} per user across topics and transports, forgotten when it
 * completes, fails or cannot be written. Event ids rise across all topics, so a client can tell a repeated event from a
 * new one. A WebSocket gets each event as one text message {@code {type, id, data}}, as the market stream's do.
 *
 * @param <K> the topic
 * @param <U> who watches (the limit counts per user)
 */
public final class StreamTopics<K, U> {

    /** A WebSocket whose client stops reading is closed once this much is queued for it or a send blocks this long. */
    private static final int SOCKET_BUFFER_BYTES = 512 * 1024;
    private static final int SOCKET_SEND_MILLIS = 10_000;

    private final String streams;
    private final int maxPerUser;
    private final Map<K, Set<Watcher<U>>> watchers = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong(System.currentTimeMillis() * 1000);

    /** Where a watcher's events go. */
    private interface Sink {
        void send(long id, String name, Object data) throws IOException;

        void complete();
    }

    /** @param connection the emitter or socket, to find the watcher again */
    private record Watcher<U>(U user, Object connection, Sink sink) {
    }

    /** One event as a WebSocket text message. */
    record SocketEvent(String type, long id, Object data) {
    }

    /** @param streams what the streams are called in the 429 problem ("account streams") */
    public StreamTopics(String streams, int maxPerUser) {
        this.streams = streams;
        this.maxPerUser = maxPerUser;
    }

    /** A new SSE stream of {@code topic} for {@code user}; 429 TOO_MANY_STREAMS past the per-user limit. */
    public SseEmitter open(K topic, U user) {
        SseEmitter emitter = new SseEmitter(0L);
        Watcher<U> watcher = watch(topic, new Watcher<>(user, emitter, new Sink() {
            @Override
            public void send(long id, String name, Object data) throws IOException {
                emitter.send(SseEmitter.event().id(Long.toString(id)).name(name).data(data));
            }

            @Override
            public void complete() {
                emitter.complete();
            }
        }));
        Runnable forget = () -> forget(topic, watcher);
        emitter.onCompletion(forget);
        emitter.onError(error -> forget.run());
        emitter.onTimeout(forget);
        return emitter;
    }

    /**
     * Streams {@code topic} to an open WebSocket of {@code user} until {@link #close} or a failed send; 429
     * TOO_MANY_STREAMS past the per-user limit. Sends from several threads are serialized, and a client that stops
     * reading is disconnected rather than buffered for without end.
     */
    public void open(K topic, U user, WebSocketSession session, JsonMapper json) {
        WebSocketSession serialized = new ConcurrentWebSocketSessionDecorator(session, SOCKET_SEND_MILLIS,
                SOCKET_BUFFER_BYTES);
        watch(topic, new Watcher<>(user, session, new Sink() {
            @Override
            public void send(long id, String name, Object data) throws IOException {
                serialized.sendMessage(new TextMessage(json.writeValueAsString(new SocketEvent(name, id, data))));
            }

            @Override
            public void complete() {
                try {
                    serialized.close(CloseStatus.GOING_AWAY);
                } catch (IOException ignored) {
                    // the connection is already gone
                }
            }
        }));
    }

    /** Forgets a WebSocket that closed. */
    public void close(K topic, WebSocketSession session) {
        Set<Watcher<U>> set = watchers.get(topic);
        if (set != null) {
            set.stream().filter(w -> w.connection() == session).findFirst().ifPresent(w -> forget(topic, w));
        }
    }

    /** One event to every watcher of the topic. */
    public void send(K topic, String name, Object data) {
        Set<Watcher<U>> set = watchers.get(topic);
        if (set == null) {
            return;
        }
        long id = eventIds.incrementAndGet();
        set.forEach(watcher -> write(topic, watcher, id, name, data));
    }

    /** One event to one stream only (the first event of a stream that just opened). */
    public void sendTo(K topic, SseEmitter emitter, String name, Object data) {
        Set<Watcher<U>> set = watchers.get(topic);
        if (set == null) {
            return;
        }
        long id = eventIds.incrementAndGet();
        set.stream().filter(w -> w.connection() == emitter).findFirst()
                .ifPresent(watcher -> write(topic, watcher, id, name, data));
    }

    public Set<K> topics() {
        return watchers.keySet();
    }

    public boolean isWatched(K topic) {
        return watchers.containsKey(topic);
    }

    /** A user watching the topic (for a topic only its owner may watch, the owner). */
    public Optional<U> watcher(K topic) {
        Set<Watcher<U>> set = watchers.get(topic);
        return set == null ? Optional.empty() : set.stream().findFirst().map(Watcher::user);
    }

    /** Ends every stream (on shutdown). */
    public void completeAll() {
        watchers.values().forEach(set -> set.forEach(watcher -> watcher.sink().complete()));
        watchers.clear();
    }

    private Watcher<U> watch(K topic, Watcher<U> watcher) {
        long mine = watchers.values().stream().flatMap(Set::stream).filter(w -> w.user().equals(watcher.user()))
                .count();
        if (mine >= maxPerUser) {
            throw new TooManyRequestsException("TOO_MANY_STREAMS", "At most " + maxPerUser + " " + streams
                    + " per user; close one first.", Duration.ofSeconds(5));
        }
        watchers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(watcher);
        return watcher;
    }

    private void write(K topic, Watcher<U> watcher, long id, String name, Object data) {
        try {
            watcher.sink().send(id, name, data);
        } catch (IOException | IllegalStateException | SessionLimitExceededException gone) {
            forget(topic, watcher);
            // a socket over its limits is still open: end it, so the client sees it lost events and reconnects
            watcher.sink().complete();
        }
    }

    private void forget(K topic, Watcher<U> watcher) {
        watchers.computeIfPresent(topic, (t, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }
}
