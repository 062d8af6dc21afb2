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
}
