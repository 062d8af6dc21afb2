package com.tradesense.platform;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Server-Sent Event streams grouped by topic (an account, a symbol's levels): each watcher is one open emitter of one
 * user, at most {@code maxPerUser} per user across topics, forgotten when it completes, fails or cannot be written.
 * Event ids rise across all topics, so a client can tell a repeated event from a new one.
 *
 * @param <K> the topic
 * @param <U> who watches (the limit counts per user)
 */
public final class SseTopics<K, U> {

    private final String streams;
    private final int maxPerUser;
    private final Map<K, Set<Watcher<U>>> watchers = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong(System.currentTimeMillis() * 1000);

    private record Watcher<U>(U user, SseEmitter emitter) {
    }

    /** @param streams what the streams are called in the 429 problem ("account streams") */
    public SseTopics(String streams, int maxPerUser) {
        this.streams = streams;
        this.maxPerUser = maxPerUser;
    }

    /** A new stream of {@code topic} for {@code user}; 429 TOO_MANY_STREAMS past the per-user limit. */
    public SseEmitter open(K topic, U user) {
        long mine = watchers.values().stream().flatMap(Set::stream).filter(w -> w.user().equals(user)).count();
        if (mine >= maxPerUser) {
            throw new TooManyRequestsException("TOO_MANY_STREAMS", "At most " + maxPerUser + " " + streams
                    + " per user; close one first.", Duration.ofSeconds(5));
        }
        SseEmitter emitter = new SseEmitter(0L);
        Watcher<U> watcher = new Watcher<>(user, emitter);
        watchers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(watcher);
        Runnable forget = () -> forget(topic, watcher);
        emitter.onCompletion(forget);
        emitter.onError(error -> forget.run());
        emitter.onTimeout(forget);
        return emitter;
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
        set.stream().filter(w -> w.emitter() == emitter).findFirst()
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
        watchers.values().forEach(set -> set.forEach(watcher -> watcher.emitter().complete()));
        watchers.clear();
    }

    private void write(K topic, Watcher<U> watcher, long id, String name, Object data) {
        try {
            watcher.emitter().send(SseEmitter.event().id(Long.toString(id)).name(name).data(data));
        } catch (IOException | IllegalStateException gone) {
            forget(topic, watcher);
        }
    }

    private void forget(K topic, Watcher<U> watcher) {
        watchers.computeIfPresent(topic, (t, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }
}
