package com.tradesense.marketdata.providers;

/**
 * One tier of the provider cache.
 *
 * @param tier    {@code memory} or {@code redis}
 * @param entries entries held, -1 when the tier cannot tell cheaply
 * @param hitRate hits over lookups since start, 0 to 1
 * @param up      false when the tier's last operation failed
 */
public record CacheHealth(String tier, long entries, double hitRate, boolean up) {
}
