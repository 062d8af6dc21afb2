package com.tradesense.analytics.web;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.analytics.KeyLevels;
import com.tradesense.analytics.PivotType;
import com.tradesense.analytics.engine.AnalyticsProperties;
import com.tradesense.analytics.engine.AnalyticsService;
import com.tradesense.platform.StreamTopics;
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
    private final StreamTopics<Topic, String> streams = new StreamTopics<>("levels streams", MAX_STREAMS_PER_USER);
    private ScheduledExecutorService timer;
    private volatile boolean running;

    private record Topic(String symbol, PivotType pivots) {
    }

    LevelsStream(AnalyticsService analytics, AnalyticsProperties properties) {
        this.analytics = analytics;
        this.refresh = properties.levelsRefresh();
    }

    /** Computes the levels at once (so a bad symbol is a 404 problem, not a broken stream) and opens the stream. */
    SseEmitter open(String user, String symbol, PivotType pivots) {
        KeyLevels first = analytics.levels(symbol, null, pivots);
        Topic topic = new Topic(first.symbol(), pivots);
        SseEmitter emitter = streams.open(topic, user);
        streams.sendTo(topic, emitter, "levels", first);
        return emitter;
    }

    private void refresh() {
        streams.topics().forEach(topic -> {
            try {
                streams.send(topic, "levels", analytics.levels(topic.symbol(), null, topic.pivots()));
            } catch (RuntimeException e) {
                log.debug("Could not refresh the levels of {}", topic.symbol(), e);
            }
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
        streams.completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
