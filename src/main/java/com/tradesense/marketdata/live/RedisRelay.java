package com.tradesense.marketdata.live;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import com.tradesense.marketdata.Bar;
import io.lettuce.core.RedisClient;
import io.lettuce.core.ScriptOutputType;
import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.pubsub.RedisPubSubAdapter;
import io.lettuce.core.pubsub.StatefulRedisPubSubConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Live data across nodes through Redis: a lease elects the node that runs the feeds, which applies every message to
 * its own book and publishes it, with its event id, on a pub/sub channel; the other nodes apply what they hear, so
 * every node's book, quotes and streams agree and a client may reconnect to any node with its Last-Event-ID. When the
 * leader dies its lease lapses and another node takes over within {@link #LEASE}.
 */
final class RedisRelay implements FeedLeadership {

    private static final Logger log = LoggerFactory.getLogger(RedisRelay.class);
    static final Duration LEASE = Duration.ofSeconds(15);
    private static final Duration RENEW_EVERY = Duration.ofSeconds(5);
    private static final String RENEW = "if redis.call('get', KEYS[1]) == ARGV[1] then "
            + "return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end";

    private final LiveBook book;
    private final String channel;
    private final String leaderKey;
    private final String node = UUID.randomUUID().toString();
    private final StatefulRedisConnection<String, String> commands;
    private final StatefulRedisPubSubConnection<String, String> subscription;
    private final ScheduledExecutorService lease = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "marketdata-relay-lease");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean leader = new AtomicBoolean();
    private volatile Runnable becameLeader = () -> { };
    private volatile Runnable lostLead = () -> { };
    private volatile Consumer<String> catalogChanges = symbol -> { };
    private final FeedSink relaying;

    RedisRelay(RedisClient redis, LiveBook book, String prefix) {
        this.book = book;
        this.channel = prefix + ":live";
        this.leaderKey = prefix + ":feed-leader";
        this.commands = redis.connect();
        this.subscription = redis.connectPubSub();
        this.subscription.addListener(new RedisPubSubAdapter<>() {
            @Override
            public void message(String channel, String message) {
                apply(message);
            }
        });
        this.subscription.sync().subscribe(channel);
        this.relaying = new RelayingSink();
        lease.scheduleWithFixedDelay(this::holdLease, 0, RENEW_EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public boolean isLeader() {
        return leader.get();
    }

    @Override
    public void whenLeader(Runnable becameLeader, Runnable lostLead) {
        this.becameLeader = becameLeader;
        this.lostLead = lostLead;
        if (leader.get()) {
            becameLeader.run();
        }
    }

    @Override
    public FeedSink feedSink() {
        return relaying;
    }

    @Override
    public void announceCatalogChange(String symbol) {
        commands.async().publish(channel, node + "|C|0|" + symbol);
    }

    @Override
    public void onCatalogChange(Consumer<String> listener) {
        this.catalogChanges = listener;
    }

    @Override
    public void close() {
        lease.shutdownNow();
        if (leader.getAndSet(false)) {
            // Hand over at once rather than after the lease lapses.
            commands.sync().eval("if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) "
                    + "else return 0 end", ScriptOutputType.INTEGER, new String[] {leaderKey}, node);
        }
        subscription.close();
        commands.close();
    }

    private void holdLease() {
        try {
            boolean held;
            if (leader.get()) {
                Long renewed = commands.sync().eval(RENEW, ScriptOutputType.INTEGER, new String[] {leaderKey}, node,
                        Long.toString(LEASE.toMillis()));
                held = renewed != null && renewed == 1;
            } else {
                held = "OK".equals(commands.sync().set(leaderKey, node, SetArgs.Builder.nx().px(LEASE.toMillis())));
            }
            if (held && leader.compareAndSet(false, true)) {
                log.info("This node ({}) now runs the market data feeds and relays them through Redis", node);
                becameLeader.run();
            } else if (!held && leader.compareAndSet(true, false)) {
                log.warn("This node ({}) lost the market data feed lease; another node relays the feeds now", node);
                lostLead.run();
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew the market data feed lease", e);
        }
    }

    /** {@code node|T|id|symbol|millis|price|size}, {@code node|Q|id|symbol|millis|bid|ask},
     *  {@code node|B|id|symbol|t|o|h|l|c|v}, and {@code node|C|0|symbol} for a change to the catalog. */
    private void apply(String message) {
        String[] f = message.split("\\|", -1);
        if (f.length < 4 || f[0].equals(node)) {
            return;
        }
        try {
            long id = Long.parseLong(f[2]);
            switch (f[1]) {
                case "T" -> book.applyTrade(f[3], Long.parseLong(f[4]), new BigDecimal(f[5]), Long.parseLong(f[6]), id);
                case "Q" -> book.applyQuote(f[3], Long.parseLong(f[4]), new BigDecimal(f[5]), new BigDecimal(f[6]), id);
                case "B" -> book.applyMinuteBar(f[3], new Bar(Instant.ofEpochMilli(Long.parseLong(f[4])),
                        new BigDecimal(f[5]), new BigDecimal(f[6]), new BigDecimal(f[7]), new BigDecimal(f[8]),
                        Long.parseLong(f[9])), id);
                case "C" -> catalogChanges.accept(f[3]);
                default -> log.debug("Ignoring relayed message of kind {}", f[1]);
            }
        } catch (RuntimeException e) {
            log.warn("Malformed relayed market data message: {}", message, e);
        }
    }

    /** What the leader's feeds deliver into: its own book first, then the channel. */
    private final class RelayingSink implements FeedSink {

        @Override
        public void trade(String symbol, long epochMillis, BigDecimal price, long size) {
            long id = book.applyTrade(symbol, epochMillis, price, size, 0);
            if (id != 0) {
                publish("T", id, symbol, epochMillis + "|" + price.toPlainString() + "|" + size);
            }
        }

        @Override
        public void quote(String symbol, long epochMillis, BigDecimal bid, BigDecimal ask) {
            long id = book.applyQuote(symbol, epochMillis, bid, ask, 0);
            if (id != 0) {
                publish("Q", id, symbol, epochMillis + "|" + bid.toPlainString() + "|" + ask.toPlainString());
            }
        }

        @Override
        public void minuteBar(String symbol, Bar bar) {
            long id = book.applyMinuteBar(symbol, bar, 0);
            if (id != 0) {
                publish("B", id, symbol, bar.t().toEpochMilli() + "|" + bar.o().toPlainString() + "|"
                        + bar.h().toPlainString() + "|" + bar.l().toPlainString() + "|" + bar.c().toPlainString() + "|"
                        + bar.v());
            }
        }

        private void publish(String kind, long id, String symbol, String fields) {
            // Asynchronous: the feed thread never waits on the network.
            commands.async().publish(channel, node + "|" + kind + "|" + id + "|" + symbol + "|" + fields);
        }
    }
}
