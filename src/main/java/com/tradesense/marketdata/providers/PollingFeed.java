package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.marketdata.live.FeedHealth;
import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.live.MarketFeed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A feed for providers without a stream: one thread polls their REST API at a fixed delay (so a slow answer never
 * stacks polls) and the subclass delivers what changed since the last poll.
 */
public abstract class PollingFeed implements MarketFeed {

    private static final Logger log = LoggerFactory.getLogger(PollingFeed.class);

    private final Duration interval;
    private final FeedStatus status;
    private ScheduledExecutorService poller;

    protected PollingFeed(String provider, Duration interval, Clock clock) {
        this.interval = interval;
        this.status = new FeedStatus(provider, FeedStatus.POLLING, clock);
    }

    /**
     * Fetches the symbols' latest data and delivers what is new. Returns a note on symbols that failed (null when
     * all went well); a {@link ProviderException} marks the whole feed down.
     */
    protected abstract String poll(Set<String> symbols, FeedSink sink);

    protected final FeedStatus status() {
        return status;
    }

    @Override
    public synchronized void start(Set<String> symbols, FeedSink sink) {
        stop();
        Set<String> served = Set.copyOf(symbols);
        status.symbols(served.size());
        status.state(FeedStatus.CONNECTING, null);
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, provider() + "-poller");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(() -> pollOnce(served, sink), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void pollOnce(Set<String> symbols, FeedSink sink) {
        try {
            status.state(FeedStatus.CONNECTED, poll(symbols, sink));
        } catch (ProviderException e) {
            status.state(FeedStatus.DISCONNECTED, e.getMessage());
        } catch (RuntimeException e) {
            log.warn("{} poll failed", provider(), e);
            status.state(FeedStatus.DISCONNECTED, e.getClass().getSimpleName());
        }
    }

    @Override
    public synchronized void stop() {
        if (poller != null) {
            poller.shutdownNow();
            poller = null;
        }
        status.state(FeedStatus.STOPPED, null);
    }

    @Override
    public FeedHealth health() {
        return status.health();
    }
}
