package com.tradesense.marketdata.providers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** One {@link ProviderGuard} (so one circuit breaker) per provider, over the shared cache. */
public final class ProviderGuards {

    private final ProviderCache cache;
    private final ProviderProperties properties;
    private final Clock clock;
    private final Map<String, ProviderGuard> guards = new ConcurrentHashMap<>();

    ProviderGuards(ProviderCache cache, ProviderProperties properties, Clock clock) {
        this.cache = cache;
        this.properties = properties;
        this.clock = clock;
    }

    public ProviderGuard forProvider(String provider) {
        return guards.computeIfAbsent(provider, name -> new ProviderGuard(name, cache, properties.cache(),
                properties.resilience(), clock));
    }

    List<ProviderGuard> all() {
        return guards.values().stream().sorted(java.util.Comparator.comparing(ProviderGuard::provider)).toList();
    }

    List<CacheHealth> cacheHealth() {
        return cache.health();
    }
}
