package com.tradesense.marketdata.providers;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.json.JsonMapper;

/**
 * Memory in front of Redis, so every node shares what any node fetched (one provider request per TTL for the whole
 * cluster, which matters under Massive's per-key rate limits). Values are JSON; Redis expires them after the stale
 * window. A Redis that fails is skipped: the memory tier keeps working.
 */
final class RedisProviderCache implements ProviderCache, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisProviderCache.class);
    private static final String PREFIX = "tradesense:marketdata:provider:";

    private final MemoryProviderCache memory;
    private final RedisClient client;
    private final JsonMapper json;
    private final AtomicLong lookups = new AtomicLong();
    private final AtomicLong hits = new AtomicLong();
    private volatile StatefulRedisConnection<String, String> connection;
    private volatile boolean up = true;

    RedisProviderCache(MemoryProviderCache memory, RedisClient client, JsonMapper json) {
        this.memory = memory;
        this.client = client;
        this.json = json;
    }

    @Override
    public <T> Cached<T> get(String key, JavaType type) {
        Cached<T> local = memory.get(key, type);
        if (local != null) {
            return local;
        }
        lookups.incrementAndGet();
        try {
            String stored = connection().sync().get(PREFIX + key);
            up = true;
            if (stored == null) {
                return null;
            }
            hits.incrementAndGet();
            JavaType cachedType = json.getTypeFactory().constructParametricType(Cached.class, type);
            return json.readValue(stored, cachedType);
        } catch (RuntimeException e) {
            failed("read", e);
            return null;
        }
    }

    @Override
    public <T> void put(String key, Cached<T> value, Duration keepFor) {
        memory.put(key, value, keepFor);
        try {
            connection().sync().setex(PREFIX + key, Math.max(1, keepFor.toSeconds()), json.writeValueAsString(value));
            up = true;
        } catch (RuntimeException e) {
            failed("write", e);
        }
    }

    @Override
    public List<CacheHealth> health() {
        List<CacheHealth> tiers = new ArrayList<>(memory.health());
        long asked = lookups.get();
        tiers.add(new CacheHealth("redis", -1, asked == 0 ? 0 : (double) hits.get() / asked, up));
        return tiers;
    }

    private StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        if (current == null) {
            synchronized (this) {
                if (connection == null) {
                    connection = client.connect();
                }
                current = connection;
            }
        }
        return current;
    }

    private void failed(String operation, RuntimeException e) {
        if (up) {
            log.warn("Provider cache: Redis {} failed, using memory only until it answers again: {}", operation,
                    e.getMessage());
        }
        up = false;
    }

    @Override
    public void close() {
        if (connection != null) {
            connection.close();
        }
    }
}
