package com.tradesense.marketdata.providers;

import java.time.Instant;

/**
 * What a provider answered, or what it answered last time when it cannot answer now.
 *
 * @param stale     true when the provider failed (or its circuit is open) and this is the last cached answer
 * @param fetchedAt when the provider produced this value
 */
public record Fetched<T>(T value, boolean stale, Instant fetchedAt) {
}
