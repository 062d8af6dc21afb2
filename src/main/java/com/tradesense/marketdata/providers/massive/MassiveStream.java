package com.tradesense.marketdata.providers.massive;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import com.tradesense.marketdata.live.FeedSink;
import com.tradesense.marketdata.providers.FeedStatus;
import com.tradesense.marketdata.providers.Prices;
import com.tradesense.marketdata.providers.ProviderException;
import com.tradesense.marketdata.providers.ProviderGuard;
import com.tradesense.marketdata.providers.ProviderHttp;
import com.tradesense.marketdata.providers.ProviderProperties;
import com.tradesense.marketdata.providers.Secrets;
import com.tradesense.marketdata.providers.massive.MassiveEvents.Target;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.Aggregate;
import com.tradesense.marketdata.providers.massive.MassiveRestClient.Snapshot;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

/**
 * One socket to one Massive market: connect, {@code auth}, {@code subscribe} every channel of every ticker, deliver
 * events. When the socket drops it reconnects after {@code reconnectBackoff}, doubling the wait for each failed
 * attempt; once an attempt fails it also polls the market's REST snapshot every {@code pollInterval} so prices keep
 * moving. After {@code reconnectAttempts} failures it keeps polling and retries every {@code reconnectCooldown}. When a
 * socket is back (authenticated and resubscribed: the server keeps no subscriptions) polling stops and the minute bars
 * missed since the drop are fetched through REST aggregates into {@link FeedSink#minuteBar}.
 */
final class MassiveStream implements WebSocket.Listener, MassiveEvents.Listener {

    private static final Logger log = LoggerFactory.getLogger(MassiveStream.class);

    private final MassiveMarket market;
    private final URI uri;
    private final HttpClient http;
    private final MassiveRestClient rest;
    private final ProviderGuard guard;
    private final ProviderProperties.Massive properties;
    private final Duration timeout;
    private final ScheduledExecutorService scheduler;
    private final FeedSink sink;
    private final Clock clock;
    private final MassiveEvents events;
    private final Map<String, Target> restTargets;
    private final String subscription;
    private final FeedStatus status;
    private final Map<String, Long> lastPolledTrade = new ConcurrentHashMap<>();
    private final StringBuilder partial = new StringBuilder();

    // guarded by this
    private WebSocket socket;
    private boolean streaming;
    private boolean stopped;
    private int failedAttempts;
    private Instant downSince;
    private ScheduledFuture<?> polling;

    MassiveStream(MassiveMarket market, Map<String, Target> streamTargets, Map<String, Target> restTargets,
            HttpClient http, MassiveRestClient rest, ProviderGuard guard, ProviderProperties.Massive properties,
            Duration timeout, ScheduledExecutorService scheduler, FeedSink sink, Clock clock) {
        this.market = market;
        this.uri = URI.create(properties.wsUrl().toString().replaceAll("/+$", "") + "/" + market.path());
        this.http = http;
        this.rest = rest;
        this.guard = guard;
        this.properties = properties;
        this.timeout = timeout;
        this.scheduler = scheduler;
        this.sink = sink;
        this.clock = clock;
        this.events = new MassiveEvents(streamTargets);
        this.restTargets = Map.copyOf(restTargets);
        this.subscription = market.channels().stream()
                .flatMap(channel -> streamTargets.keySet().stream().sorted().map(ticker -> channel + "." + ticker))
                .collect(Collectors.joining(","));
        this.status = new FeedStatus(MassiveFeed.PROVIDER, FeedStatus.STREAM, clock);
        status.symbols(restTargets.size());
    }

    FeedStatus status() {
        return status;
    }

    synchronized void start() {
        if (properties.streaming()) {
            status.state(FeedStatus.CONNECTING, null);
            connect();
        } else {
            status.state(FeedStatus.CONNECTED, "REST polling only (streaming off)");
            startPolling();
        }
    }

    synchronized void stop() {
        stopped = true;
        stopPolling();
        if (socket != null) {
            socket.abort();
            socket = null;
        }
        status.state(FeedStatus.STOPPED, null);
    }

    private void connect() {
        http.newWebSocketBuilder().connectTimeout(timeout).buildAsync(uri, this).whenComplete((ws, error) -> {
            if (error != null) {
                lost(null, "connect failed: " + Secrets.mask(String.valueOf(rootMessage(error)),
                        properties.apiKey()));
            }
        });
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        synchronized (this) {
            if (stopped) {
                webSocket.abort();
                return;
            }
            socket = webSocket;
            partial.setLength(0);
        }
        // Massive greets with a "connected" status; the key may be sent at once (its JVM client does the same)
        webSocket.sendText(ProviderHttp.JSON.writeValueAsString(Map.of("action", "auth",
                "params", properties.apiKey())), true);
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        String frame = null;
        synchronized (this) {
            if (webSocket != socket) {
                return null;
            }
            partial.append(data);
            if (last) {
                frame = partial.toString();
                partial.setLength(0);
            }
        }
        if (frame != null) {
            try {
                events.dispatch(ProviderHttp.JSON.readTree(frame), sink, this);
            } catch (JacksonException e) {
                log.warn("Massive {}: unreadable frame skipped", market.path());
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        lost(webSocket, "socket closed (" + statusCode + (reason.isBlank() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        lost(webSocket, "socket failed: " + Secrets.mask(String.valueOf(rootMessage(error)), properties.apiKey()));
    }

    @Override
    public void status(String code, String message) {
        switch (code) {
            case "auth_success" -> subscribed();
            case "auth_failed" -> authenticationFailed(message);
            case "max_connections" -> log.warn("Massive {}: {} (another process uses this key's connection)",
                    market.path(), message);
            default -> log.debug("Massive {} status {}: {}", market.path(), code, message);
        }
    }

    @Override
    public void received(long eventMillis) {
        status.received(eventMillis);
    }

    private void subscribed() {
        Instant missedFrom;
        synchronized (this) {
            if (socket == null || stopped) {
                return;
            }
            socket.sendText(ProviderHttp.JSON.writeValueAsString(Map.of("action", "subscribe",
                    "params", subscription)), true);
            streaming = true;
            failedAttempts = 0;
            stopPolling();
            status.state(FeedStatus.CONNECTED, null);
            missedFrom = downSince;
            downSince = null;
        }
        log.info("Massive {}: streaming {} tickers", market.path(), restTargets.size());
        if (missedFrom != null) {
            scheduler.execute(() -> backfill(missedFrom));
        }
    }

    private void authenticationFailed(String message) {
        synchronized (this) {
            stopped = true; // a refused key will not be accepted on the next attempt either
            if (socket != null) {
                socket.abort();
                socket = null;
            }
        }
        status.state(FeedStatus.DISCONNECTED, "authentication failed: " + message);
        log.error("Massive {}: authentication failed ({}); check tradesense.marketdata.providers.massive.api-key",
                market.path(), message);
    }

    /** The socket dropped or a connection attempt failed: schedule the next attempt and poll meanwhile. */
    private synchronized void lost(WebSocket webSocket, String reason) {
        if (stopped || (webSocket != null && webSocket != socket)) {
            return;
        }
        socket = null;
        if (downSince == null) {
            downSince = clock.instant();
        }
        if (streaming) {
            streaming = false;
            log.warn("Massive {}: {}; reconnecting", market.path(), reason);
        } else {
            failedAttempts++;
            startPolling();
        }
        status.state(FeedStatus.RECONNECTING, reason);
        long delay = failedAttempts < properties.reconnectAttempts()
                ? properties.reconnectBackoff().toMillis() << failedAttempts
                : properties.reconnectCooldown().toMillis();
        scheduler.schedule(this::reconnect, delay, TimeUnit.MILLISECONDS);
    }

    private synchronized void reconnect() {
        if (stopped) {
            return;
        }
        status.reconnecting();
        connect();
    }

    private void startPolling() {
        if (polling == null && market.snapshotPath().isPresent()) {
            status.mode(FeedStatus.POLLING);
            polling = scheduler.scheduleWithFixedDelay(this::pollOnce, 0, properties.pollInterval().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.cancel(false);
            polling = null;
        }
        status.mode(FeedStatus.STREAM);
    }

    private void pollOnce() {
        try {
            List<Snapshot> snapshots = guard.call(() -> rest.snapshots(market, List.copyOf(restTargets.keySet())));
            for (Snapshot snapshot : snapshots) {
                Target target = restTargets.get(snapshot.ticker());
                if (target != null) {
                    deliver(target, snapshot);
                }
            }
        } catch (ProviderException e) {
            log.debug("Massive {} poll failed: {}", market.path(), e.getMessage());
        }
    }

    private void deliver(Target target, Snapshot snapshot) {
        if (snapshot.lastPrice() != null && snapshot.lastTradeMillis() > 0) {
            Long previous = lastPolledTrade.put(target.symbol(), snapshot.lastTradeMillis());
            if (previous == null || previous < snapshot.lastTradeMillis()) {
                sink.trade(target.symbol(), snapshot.lastTradeMillis(),
                        Prices.onTick(snapshot.lastPrice(), target.tick()), Prices.wholeUnits(snapshot.lastSize()));
                status.received(snapshot.lastTradeMillis());
            }
        }
        if (snapshot.bid() != null && snapshot.ask() != null && snapshot.quoteMillis() > 0) {
            sink.quote(target.symbol(), snapshot.quoteMillis(), Prices.onTick(snapshot.bid(), target.tick()),
                    Prices.onTick(snapshot.ask(), target.tick()));
            status.received(snapshot.quoteMillis());
        }
    }

    /**
     * Fetches the completed minutes since the drop. It starts a minute before the drop: the aggregate of the minute
     * that ended just before it may not have arrived yet. Delivering a minute twice is harmless (stored idempotently).
     */
    private void backfill(Instant droppedAt) {
        Instant from = droppedAt.truncatedTo(ChronoUnit.MINUTES).minus(1, ChronoUnit.MINUTES);
        Instant to = clock.instant().truncatedTo(ChronoUnit.MINUTES);
        if (!from.isBefore(to)) {
            return;
        }
        int delivered = 0;
        for (Map.Entry<String, Target> entry : restTargets.entrySet()) {
            Target target = entry.getValue();
            try {
                List<Aggregate> bars = guard.call(() -> rest.aggregates(entry.getKey(), 1, "minute",
                        from.toEpochMilli(), to.toEpochMilli() - 1));
                for (Aggregate bar : bars) {
                    if (bar.t() >= from.toEpochMilli() && bar.t() < to.toEpochMilli()) {
                        sink.minuteBar(target.symbol(), MassiveEvents.bar(bar.t(), bar.o(), bar.h(), bar.l(),
                                bar.c(), bar.v(), target.tick()));
                        delivered++;
                    }
                }
            } catch (ProviderException e) {
                log.warn("Massive {}: backfill of {} failed: {}", market.path(), target.symbol(), e.getMessage());
            }
        }
        log.info("Massive {}: backfilled {} minute bars from {} to {}", market.path(), delivered, from, to);
    }

    private static String rootMessage(Throwable error) {
        Throwable cause = error;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
    }
}
