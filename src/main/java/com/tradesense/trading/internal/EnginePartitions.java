package com.tradesense.trading.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.UUID;

import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.marketdata.TradingSessions;
import com.tradesense.platform.ApiException;
import com.tradesense.trading.TimeInForce;
import com.tradesense.trading.engine.Account;
import com.tradesense.trading.engine.Changes;
import com.tradesense.trading.engine.DayOrderExpiry;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.MarketCloses;
import com.tradesense.trading.engine.MarketPrice;
import com.tradesense.trading.engine.Order;
import com.tradesense.trading.engine.Position;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's runtime: accounts spread by id over a few partitions, each one engine driven by one thread (the single
 * writer, so the engine needs no locks). A partition thread takes every queued command, applies them in order, writes
 * all their changes and events in one transaction (group commit) and only then answers the callers, so a placed order
 * is acknowledged once durable. When callers are queueing it lets commands gather for {@code commit-linger} first:
 * fewer, larger commits cost less CPU per order. When the write fails, the touched accounts are dropped from memory
 * (reloaded from the database on next use) and every caller of the batch gets 503.
 * <p>
 * Idempotent placing: before applying a batch, the partition looks up the client order ids and Idempotency-Keys of
 * its orders among the stored orders (one query) and recalls what it finds into the engine, which answers a repeat
 * with the first order; a repeat within the batch the engine catches itself. Every earlier batch is stored by then,
 * so no repeat slips between the two, and the engine forgets the keys after the batch instead of holding every key
 * an account ever used.
 */
@Component
class EnginePartitions implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(EnginePartitions.class);

    /** Work on a partition's engine; runs on its thread. */
    @FunctionalInterface
    interface Action<R> {
        R apply(Engine engine, Changes changes);
    }

    private final EngineFactory engines;
    /** Rebuilt on every start from the database: a stopped engine's memory is not trusted again. */
    private volatile Partition[] partitions = new Partition[0];
    private final TradingRepository repository;
    private final TransactionTemplate transactions;
    private final ApplicationEventPublisher events;
    private final MarketData marketData;
    private final TradingSessions sessions;
    private final TradingProperties properties;
    private final Clock clock;
    /** Requests answered by one group commit: how far batching goes under load. */
    private final DistributionSummary commitRequests;
    private final Timer commitTime;
    private volatile Consumer<Changes> committedListener = changes -> { };
    private volatile boolean running;

    EnginePartitions(EngineFactory engines, TradingRepository repository, TransactionTemplate transactions,
            ApplicationEventPublisher events, MarketData marketData, TradingSessions sessions,
            TradingProperties properties, Clock clock, MeterRegistry meters) {
        this.engines = engines;
        this.repository = repository;
        this.transactions = transactions;
        this.events = events;
        this.marketData = marketData;
        this.sessions = sessions;
        this.properties = properties;
        this.clock = clock;
        this.commitRequests = DistributionSummary.builder("tradesense.trading.commit.requests")
                .description("Requests made durable (and then answered) by one group commit")
                .serviceLevelObjectives(1, 2, 5, 10, 20, 50, 100, 200, 500).register(meters);
        this.commitTime = Timer.builder("tradesense.trading.commit")
                .description("Time to write and commit one group commit").register(meters);
    }

    /** Called after every commit with what it made durable (live streams). */
    void onCommitted(Consumer<Changes> listener) {
        this.committedListener = listener;
    }

    /**
     * Runs {@code action} on the account's partition, the account loaded first, and waits until its changes are
     * durable. Throws the action's ApiException, 404 ACCOUNT_NOT_FOUND for an unknown account (unless
     * {@code creating}), 503 when the write failed or took too long.
     */
    <R> R call(UUID accountId, boolean creating, Action<R> action) {
        return call(accountId, creating, null, action);
    }

    /** Places an order: {@link #call}, with its keys (if any) looked up among the stored orders first. */
    <R> R place(UUID accountId, OrderKeys keys, Action<R> action) {
        return call(accountId, false, keys.isEmpty() ? null : keys, action);
    }

    /** The keys an order is placed with (either may be null). */
    record OrderKeys(String clientOrderId, String idempotencyKey) {

        boolean isEmpty() {
            return clientOrderId == null && idempotencyKey == null;
        }
    }

    private <R> R call(UUID accountId, boolean creating, OrderKeys keys, Action<R> action) {
        Partition[] current = partitions;
        if (current.length == 0) {
            throw new ApiException(503, "ENGINE_UNAVAILABLE", "The trading engine is not running.");
        }
        Partition partition = current[Math.floorMod(accountId.hashCode(), current.length)];
        Task<R> task = new Task<>((engine, changes) -> {
            if (!creating && engine.account(accountId) == null && !partition.load(accountId, changes)) {
                throw notFound();
            }
            if (keys != null) {
                partition.recallStoredKeys(accountId);
            }
            return action.apply(engine, changes);
        }, new CompletableFuture<>(), accountId, keys);
        partition.queue.add(task);
        try {
            return task.result.get(properties.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ApiException(503, "ENGINE_BUSY", "The trading engine did not confirm in time; check the "
                    + "order list before retrying with the same Idempotency-Key.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "ENGINE_BUSY", "Interrupted while waiting for the trading engine.");
        }
    }

    /** Runs {@code action} on every partition without waiting (session ends, day close, symbol polls). */
    void broadcast(Action<?> action) {
        for (Partition partition : partitions) {
            partition.queue.add(new Task<>(action, null, null, null));
        }
    }

    /** Runs {@code action} on every partition and collects the answers. */
    <R> List<R> gather(Action<R> action) {
        List<CompletableFuture<R>> futures = new ArrayList<>();
        for (Partition partition : partitions) {
            CompletableFuture<R> future = new CompletableFuture<>();
            futures.add(future);
            partition.queue.add(new Task<>(action, future, null, null));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /**
     * A new price for every partition. Never blocks (it runs on the feed's thread): prices are conflated per symbol,
     * a partition behind on a symbol works only its latest price.
     */
    void offer(MarketPrice price) {
        Instant at = clock.instant();
        for (Partition partition : partitions) {
            if (partition.pendingPrices.put(price.symbol(), price) == null) {
                partition.queue.add(new Task<>((engine, changes) -> {
                    MarketPrice latest = partition.pendingPrices.remove(price.symbol());
                    if (latest != null) {
                        engine.onPrice(latest, at, changes);
                    }
                    return null;
                }, null, null, null));
            }
        }
    }

    static ApiException notFound() {
        return ApiException.notFound("ACCOUNT_NOT_FOUND", "No such trading account.");
    }

    @Override
    public void start() {
        Partition[] fresh = new Partition[Math.max(1, properties.partitions())];
        for (int i = 0; i < fresh.length; i++) {
            fresh[i] = new Partition(i, engines.create());
        }
        running = true;
        partitions = fresh;
        List<UUID> ids = repository.activeAccountIds();
        for (Partition partition : fresh) {
            partition.queue.add(new Task<>((engine, changes) -> {
                for (UUID id : ids) {
                    if (fresh[Math.floorMod(id.hashCode(), fresh.length)] == partition) {
                        partition.load(id, changes);
                    }
                }
                return null;
            }, null, null, null));
            partition.thread.start();
        }
        log.info("Trading engine started: {} partitions, {} active accounts", fresh.length, ids.size());
    }

    @Override
    public void stop() {
        running = false;
        Partition[] stopping = partitions;
        partitions = new Partition[0];
        for (Partition partition : stopping) {
            partition.thread.interrupt();
        }
        for (Partition partition : stopping) {
            try {
                partition.thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    static final int PHASE = DEFAULT_PHASE - 2;

    @Override
    public int getPhase() {
        return PHASE;
    }

    /** @param keys the order keys to look up before the batch (placing with keys only), with their account */
    private record Task<R>(Action<R> action, CompletableFuture<R> result, UUID accountId, OrderKeys keys) {
    }

    /**
     * Commands found queued when a partition turns to its next batch (they piled up while its last commit ran) from
     * which it lingers first. Fewer mean it keeps up, and lingering would only add latency: lingering after every
     * batch of two or more raised the p95 at 1,000 orders/s (docs/BENCHMARKS.md).
     */
    static final int QUEUED_TO_LINGER = 4;

    private final class Partition implements Runnable {

        final BlockingQueue<Task<?>> queue = new LinkedBlockingQueue<>();
        final Map<String, MarketPrice> pendingPrices = new ConcurrentHashMap<>();
        final Engine engine;
        final Thread thread;
        /** The stored orders found for the keys of the batch being applied; partition thread only. */
        private List<TradingRepository.StoredKey> storedKeys = List.of();

        Partition(int index, Engine engine) {
            this.engine = engine;
            this.thread = new Thread(this, "trading-engine-" + index);
            this.thread.setDaemon(true);
        }

        /**
         * Loads an account, marks its positions from the current quotes and expires the DAY orders whose day ended
         * while the engine was not running; false when it does not exist.
         */
        boolean load(UUID accountId, Changes changes) {
            return repository.load(accountId).map(loaded -> {
                engine.load(loaded.account(), loaded.openOrders());
                for (Position position : loaded.account().positions.values()) {
                    if (engine.mark(position.symbol()) == null) {
                        marketData.quote(position.symbol()).map(EnginePartitions::price).ifPresent(
                                price -> engine.onPrice(price, clock.instant(), new Changes()));
                    }
                }
                expireStaleDayOrders(accountId, changes);
                return true;
            }).orElse(false);
        }

        /** Looks up the keys of the batch's orders among the stored orders; false when the look-up failed. */
        private boolean lookUpStoredKeys(List<Task<?>> batch) {
            Set<UUID> accountIds = new HashSet<>();
            Set<String> clientOrderIds = new HashSet<>();
            Set<String> idempotencyKeys = new HashSet<>();
            for (Task<?> task : batch) {
                if (task.keys() != null) {
                    accountIds.add(task.accountId());
                    if (task.keys().clientOrderId() != null) {
                        clientOrderIds.add(task.keys().clientOrderId());
                    }
                    if (task.keys().idempotencyKey() != null) {
                        idempotencyKeys.add(task.keys().idempotencyKey());
                    }
                }
            }
            if (accountIds.isEmpty()) {
                return true;
            }
            try {
                storedKeys = repository.storedKeys(accountIds, clientOrderIds, idempotencyKeys);
                return true;
            } catch (RuntimeException e) {
                log.error("Could not look up the order keys of a batch; its keyed orders are refused", e);
                return false;
            }
        }

        /** Tells the engine which stored orders the account's keys in this batch belong to. */
        void recallStoredKeys(UUID accountId) {
            for (TradingRepository.StoredKey stored : storedKeys) {
                if (stored.accountId().equals(accountId)) {
                    engine.recallOrderKey(accountId, stored.clientOrderId(), stored.idempotencyKey(), stored.orderId());
                }
            }
        }

        private void expireStaleDayOrders(UUID accountId, Changes changes) {
            Instant now = clock.instant();
            for (Order order : engine.ordersOf(accountId)) {
                if (order.timeInForce != TimeInForce.DAY || engine.openOrder(order.id) == null) {
                    continue;
                }
                try {
                    SessionPhase phase = marketData.quote(order.symbol()).map(Quote::session).orElse(null);
                    if (DayOrderExpiry.expired(order, MarketCloses.of(sessions, order.instrument.exchange()), now,
                            phase)) {
                        engine.expire(order.id, now, changes);
                    }
                } catch (RuntimeException e) {
                    // a calendar that cannot answer must not keep the account out of the engine
                    log.warn("Could not check DAY order {} for expiry", order.id, e);
                }
            }
        }

        @Override
        public void run() {
            List<Task<?>> batch = new ArrayList<>();
            List<Object> results = new ArrayList<>();
            List<RuntimeException> errors = new ArrayList<>();
            Changes changes = new Changes();
            long linger = properties.commitLinger().toNanos();
            while (running) {
                try {
                    Task<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                    if (first == null) {
                        continue;
                    }
                    if (linger > 0 && queue.size() + 1 >= QUEUED_TO_LINGER) {
                        // One sleep, not a poll per arrival: callers enqueue without waking this thread meanwhile.
                        TimeUnit.NANOSECONDS.sleep(linger);
                    }
                    batch.add(first);
                    queue.drainTo(batch, properties.maxBatch() - 1);
                    boolean keysKnown = lookUpStoredKeys(batch);
                    for (Task<?> task : batch) {
                        if (!keysKnown && task.keys() != null) {
                            // a repeat could not be told from a new order: place nothing
                            results.add(null);
                            errors.add(new WriteFailure());
                            continue;
                        }
                        try {
                            results.add(task.action().apply(engine, changes));
                            errors.add(null);
                        } catch (RuntimeException e) {
                            if (!(e instanceof ApiException)) {
                                log.error("Trading engine command failed", e);
                            }
                            results.add(null);
                            errors.add(e);
                        }
                    }
                    if (!changes.isEmpty()) {
                        persist(changes, errors);
                        commitRequests.record(batch.stream().filter(task -> task.result() != null).count());
                    }
                    for (int i = 0; i < batch.size(); i++) {
                        complete(batch.get(i), results.get(i), errors.get(i));
                    }
                    if (!changes.isEmpty() && errors.stream().noneMatch(EnginePartitions::isWriteFailure)) {
                        committedListener.accept(changes);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.error("Trading engine partition loop failed", e);
                } finally {
                    batch.clear();
                    results.clear();
                    errors.clear();
                    changes = new Changes();
                    storedKeys = List.of();
                    engine.forgetOrderKeys();
                }
            }
        }

        private void persist(Changes changes, List<RuntimeException> errors) {
            try {
                commitTime.record(() -> transactions.executeWithoutResult(status -> {
                    repository.write(changes);
                    changes.events.forEach(events::publishEvent);
                }));
            } catch (RuntimeException e) {
                log.error("Trading engine could not write a batch; reloading its accounts", e);
                for (Account account : changes.accounts) {
                    engine.unload(account.id);
                }
                errors.replaceAll(ignored -> new WriteFailure());
            }
        }

        @SuppressWarnings("unchecked")
        private <R> void complete(Task<R> task, Object result, RuntimeException error) {
            if (task.result() == null) {
                return;
            }
            if (error != null) {
                task.result().completeExceptionally(error);
            } else {
                task.result().complete((R) result);
            }
        }
    }

    private static boolean isWriteFailure(RuntimeException error) {
        return error instanceof WriteFailure;
    }

    /** The batch could not be made durable: nothing of it happened. */
    static final class WriteFailure extends ApiException {
        WriteFailure() {
            super(503, "ENGINE_UNAVAILABLE", "The order could not be stored; nothing was changed. Retry with the same "
                    + "Idempotency-Key.");
        }
    }

    static MarketPrice price(Quote quote) {
        return new MarketPrice(quote.symbol(), quote.price(), quote.bid(), quote.ask(), 0, quote.session(),
                quote.timestamp());
    }
}
