package com.tradesense.trading.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.tradesense.identity.UserId;
import com.tradesense.platform.TooManyRequestsException;
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

/**
 * Live updates of an account to its owner: every committed order change and fill as it becomes durable, and the
 * account values and positions (unrealized P&L at the latest prices) once a second while anyone watches.
 */
@Component
class AccountStreams implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(AccountStreams.class);
    static final int MAX_STREAMS_PER_USER = 5;

    private final TradingService trading;
    private final Map<UUID, Set<Watcher>> watchers = new ConcurrentHashMap<>();
    private final AtomicLong eventIds = new AtomicLong(System.currentTimeMillis() * 1000);
    private ExecutorService senders;
    private ScheduledExecutorService ticker;
    private volatile boolean running;

    private record Watcher(UserId owner, SseEmitter emitter) {
    }

    AccountStreams(TradingService trading, EnginePartitions partitions) {
        this.trading = trading;
        partitions.onCommitted(this::committed);
    }

    /** Opens a stream of the owner's account: 404 for another's, 429 past the per-user limit. */
    SseEmitter open(UserId owner, UUID accountId) {
        trading.account(owner, accountId);
        long mine = watchers.values().stream().flatMap(Set::stream).filter(w -> w.owner.equals(owner)).count();
        if (mine >= MAX_STREAMS_PER_USER) {
            throw new TooManyRequestsException("TOO_MANY_STREAMS", "At most " + MAX_STREAMS_PER_USER
                    + " account streams per user; close one first.", java.time.Duration.ofSeconds(5));
        }
        SseEmitter emitter = new SseEmitter(0L);
        Watcher watcher = new Watcher(owner, emitter);
        watchers.computeIfAbsent(accountId, id -> ConcurrentHashMap.newKeySet()).add(watcher);
        Runnable remove = () -> forget(accountId, watcher);
        emitter.onCompletion(remove);
        emitter.onError(error -> remove.run());
        emitter.onTimeout(remove);
        senders.execute(() -> sendValues(accountId));
        return emitter;
    }

    /** On the partition thread right after a commit: snapshot what changed, send it elsewhere. */
    private void committed(Changes changes) {
        if (watchers.isEmpty()) {
            return;
        }
        Map<UUID, List<Object[]>> byAccount = new LinkedHashMap<>();
        for (Order order : changes.orders) {
            if (watchers.containsKey(order.accountId)) {
                byAccount.computeIfAbsent(order.accountId, id -> new ArrayList<>())
                        .add(new Object[] {"order", OrderView.of(order)});
            }
        }
        for (Fill fill : changes.fills) {
            if (watchers.containsKey(fill.accountId())) {
                byAccount.computeIfAbsent(fill.accountId(), id -> new ArrayList<>()).add(new Object[] {"fill",
                        new FillView(fill.id(), fill.orderId(), fill.symbol(), fill.side(), fill.quantity(),
                                fill.price(), fill.notional(), fill.commission(), fill.regulatoryFee(), fill.at())});
            }
        }
        changes.accounts.forEach(account -> {
            if (watchers.containsKey(account.id)) {
                byAccount.computeIfAbsent(account.id, id -> new ArrayList<>());
            }
        });
        if (!byAccount.isEmpty() && running) {
            senders.execute(() -> byAccount.forEach((accountId, events) -> {
                events.forEach(event -> send(accountId, (String) event[0], event[1]));
                sendValues(accountId);
            }));
        }
    }

    private void tick() {
        watchers.keySet().forEach(accountId -> {
            try {
                sendValues(accountId);
            } catch (RuntimeException e) {
                log.debug("Could not value account {} for its stream", accountId, e);
            }
        });
    }

    private void sendValues(UUID accountId) {
        Set<Watcher> set = watchers.get(accountId);
        if (set == null || set.isEmpty()) {
            return;
        }
        UserId owner = set.iterator().next().owner;
        send(accountId, "account", trading.account(owner, accountId));
        send(accountId, "positions", trading.positions(owner, accountId));
    }

    private void send(UUID accountId, String type, Object data) {
        Set<Watcher> set = watchers.get(accountId);
        if (set == null) {
            return;
        }
        long id = eventIds.incrementAndGet();
        for (Watcher watcher : set) {
            try {
                watcher.emitter.send(SseEmitter.event().id(Long.toString(id)).name(type).data(data));
            } catch (IOException | IllegalStateException gone) {
                forget(accountId, watcher);
            }
        }
    }

    private void forget(UUID accountId, Watcher watcher) {
        watchers.computeIfPresent(accountId, (id, set) -> {
            set.remove(watcher);
            return set.isEmpty() ? null : set;
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
        watchers.values().forEach(set -> set.forEach(watcher -> watcher.emitter.complete()));
        watchers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
