package com.tradesense.marketdata.providers;

import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import tools.jackson.databind.JavaType;

/** The in-process tier: objects as fetched, evicted after the stale window or when full. */
final class MemoryProviderCache implements ProviderCache {

    private final Cache<String, Cached<?>> entries;

    MemoryProviderCache(Duration staleFor, long maxEntries) {
        this.entries = Caffeine.newBuilder().expireAfterWrite(staleFor).maximumSize(maxEntries).recordStats().build();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> Cached<T> get(String key, JavaType type) {
        return (Cached<T>) entries.getIfPresent(key);
    }

    @Override
    public <T> void put(String key, Cached<T> value, Duration keepFor) {
        entries.put(key, value);
    }

    @Override
    public List<CacheHealth> health() {
        return List.of(new CacheHealth("memory", entries.estimatedSize(), entries.stats().hitRate(), true));
    }
}
