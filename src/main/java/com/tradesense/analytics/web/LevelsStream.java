package com.tradesense.analytics.web;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.PivotType;
import com.tradesense.analytics.engine.AnalyticsProperties;
import com.tradesense.analytics.engine.AnalyticsService;
import com.tradesense.platform.TooManyRequestsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Live key levels: a {@code levels} event when a stream opens and again every refresh (the levels' own cadence, so
 * VWAP and opening ranges follow the forming bars), computed once per symbol and pivot family for all its watchers.
 */
@Component
class LevelsStream implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(LevelsStream.class);
    static final int MAX_STREAMS_PER_USER = 10;

    private final AnalyticsService analytics;
    private final Duration refresh;
    private final Map<Topic, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong(System.currentTimeMillis() * 1000);
    private ScheduledExecutorService timer;
    private volatile boolean running;

    private record Topic(String symbol, PivotType pivots) {
    }

    private record Watcher(String user, SseEmitter emitter) {
    }

    LevelsStream(AnalyticsService analytics, AnalyticsProperties properties) {
        this.analytics = analytics;
        this.refresh = properties.levelsRefresh();
    }

    /** Computes the levels at once (so a bad symbol is a 404 problem, not a broken stream) and opens the stream. */
    SseEmitter open(String user, String symbol, PivotType pivots) {
        KeyLevels first = analytics.levels(symbol, null, pivots);
        long mine = watchers.values().stream().flatMap(Set::stream).filter(w -> w.user.equals(user)).count();
        if (mine >= MAX_STREAMS_PER_USER) {
            throw new TooManyRequestsException("TOO_MANY_STREAMS", "At most " + MAX_STREAMS_PER_USER
                    + " levels streams per user; close one first.", Duration.ofSeconds(5));
        }
        Topic topic = new Topic(first.symbol(), pivots);
        SseEmitter emitter = new SseEmitter(0L);
        Watcher watcher = new Watcher(user, emitter);
        watchers.computeIfAbsent(topic, t -> ConcurrentHashMap.newKeySet()).add(watcher);
        Runnable forget = () -> forget(topic, watcher);
        emitter.onCompletion(forget);
        emitter.onError(error -> forget.run());
        send(topic, watcher, first);
        return emitter;
    }

    private void refresh() {
        watchers.forEach((topic, set) -> {
            try {
                KeyLevels levels = analytics.levels(topic.symbol(), null, topic.pivots());
                set.forEach(watcher -> send(topic, watcher, levels));
            } catch (RuntimeException e) {
                log.debug("Could not refresh the levels of {}", topic.symbol(), e);
            }
        });
    }

    private void send(Topic topic, Watcher watcher, KeyLevels levels) {
        try {
            watcher.emitter.send(SseEmitter.event().id(Long.toString(eventIds.incrementAndGet())).name("levels")
                    .data(levels));
        } catch (IOException | IllegalStateException gone) {
            forget(topic, watcher);
        }
    }

    private void forget(Topic topic, Watcher watcher) {
        watchers.computeIfPresent(topic, (t, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
        });
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "analytics-levels-stream");
            thread.setDaemon(true);
            return thread;
        });
        long every = Math.max(1_000, refresh.toMillis());
        timer.scheduleWithFixedDelay(this::refresh, every, every, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        timer.shutdownNow();
        watchers.values().forEach(set -> set.forEach(watcher -> watcher.emitter.complete()));
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
