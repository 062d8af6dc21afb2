package com.tradesense.marketdata.providers;

import java.time.Duration;
import java.time.Instant;

import tools.jackson.databind.JavaType;

/**
 * Provider answers by request key. Entries live for the stale window, not for their freshness: an answer past its
 * TTL is still what a failing provider falls back to. Implementations never throw (a cache that fails is a miss).
 */
interface ProviderCache {

    <T> Cached<T> get(String key, JavaType type);

    <T> void put(String key, Cached<T> value, Duration keepFor);

    /** Tiers and their state for the health endpoint. */
    java.util.List<CacheHealth> health();

    record Cached<T>(T value, Instant fetchedAt) {
    }

    /**
     * @param tier    {@code memory} or {@code redis}
     * @param entries entries held, -1 when the tier cannot tell cheaply
     * @param hitRate hits over lookups since start, 0 to 1
     * @param up      false when the tier's last operation failed
     */
    record CacheHealth(String tier, long entries, double hitRate, boolean up) {
    }
}
