package com.tradesense.trading.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.tradesense.identity.UserId;
import com.tradesense.platform.StreamTopics;
import com.tradesense.trading.engine.Changes;
import com.tradesense.trading.engine.Fill;
import com.tradesense.trading.engine.Order;
import com.tradesense.trading.internal.TradingApi.FillView;
import com.tradesense.trading.internal.TradingApi.OrderView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.socket.WebSocketSession;
import tools.jackson.databind.json.JsonMapper;

/**
 * Live updates of an account to its owner, over SSE or WebSocket: every committed order change and fill as it becomes
 * durable, and the account values and positions (unrealized P&L at the latest prices) once a second while anyone
 * watches.
 */
@Component
class AccountStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccountStreams.class);
    static final int MAX_STREAMS_PER_USER = 5;

    private final TradingService trading;
    private final JsonMapper json;
    private final StreamTopics<UUID, UserId> streams = new StreamTopics<>("account streams", MAX_STREAMS_PER_USER);
    private ExecutorService senders;
    private ScheduledExecutorService ticker;
    private volatile boolean running;

    AccountStreams(TradingService trading, EnginePartitions partitions, JsonMapper json) {
        this.trading = trading;
        this.json = json;
        partitions.onCommitted(this::committed);
    }

    /** Opens a stream of the owner's account: 404 for another's, 429 past the per-user limit. */
    SseEmitter open(UserId owner, UUID accountId) {
        trading.account(owner, accountId);
        SseEmitter emitter = streams.open(accountId, owner);
        senders.execute(() -> sendValues(accountId));
        return emitter;
    }

    /** Streams the owner's account to an open WebSocket: 404 for another's, 429 past the per-user limit. */
    void open(UserId owner, UUID accountId, WebSocketSession session) {
        trading.account(owner, accountId);
        streams.open(accountId, owner, session, json);
        senders.execute(() -> sendValues(accountId));
    }

    void close(UUID accountId, WebSocketSession session) {
        streams.close(accountId, session);
    }

    /** On the partition thread right after a commit: snapshot what changed, send it elsewhere. */
    private void committed(Changes changes) {
        if (streams.topics().isEmpty()) {
            return;
        }
        Map<UUID, List<Object[]>> byAccount = new LinkedHashMap<>();
        for (Order order : changes.orders) {
            if (streams.isWatched(order.accountId)) {
                byAccount.computeIfAbsent(order.accountId, id -> new ArrayList<>())
                        .add(new Object[] {"order", OrderView.of(order)});
            }
        }
        for (Fill fill : changes.fills) {
            if (streams.isWatched(fill.accountId())) {
                byAccount.computeIfAbsent(fill.accountId(), id -> new ArrayList<>()).add(new Object[] {"fill",
                        new FillView(fill.id(), fill.orderId(), fill.symbol(), fill.side(), fill.quantity(),
                                fill.price(), fill.notional(), fill.commission(), fill.regulatoryFee(), fill.at())});
            }
        }
        changes.accounts.forEach(account -> {
            if (streams.isWatched(account.id)) {
                byAccount.computeIfAbsent(account.id, id -> new ArrayList<>());
            }
        });
        if (!byAccount.isEmpty() && running) {
            senders.execute(() -> byAccount.forEach((accountId, events) -> {
                events.forEach(event -> streams.send(accountId, (String) event[0], event[1]));
                sendValues(accountId);
            }));
        }
    }

    private void tick() {
        streams.topics().forEach(accountId -> {
            try {
                sendValues(accountId);
            } catch (RuntimeException e) {
                log.debug("Could not value account {} for its stream", accountId, e);
            }
        });
    }

    private void sendValues(UUID accountId) {
        streams.watcher(accountId).ifPresent(owner -> {
            streams.send(accountId, "account", trading.account(owner, accountId));
            streams.send(accountId, "positions", trading.positions(owner, accountId));
        });
    }

    @Override
    public void start() {
        senders = Executors.newSingleThreadExecutor(runnable -> new Thread(runnable, "trading-streams"));
        ticker = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "trading-streams-tick"));
        ticker.scheduleWithFixedDelay(() -> senders.execute(this::tick), 1, 1, TimeUnit.SECONDS);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        ticker.shutdownNow();
        senders.shutdownNow();
        streams.completeAll();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
