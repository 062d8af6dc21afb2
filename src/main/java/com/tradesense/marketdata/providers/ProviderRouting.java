package com.tradesense.marketdata.providers;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;

import com.tradesense.marketdata.Instrument;

/**
 * Which provider serves an instrument: the first provider in configuration order whose selectors (exchange codes
 * or asset-class names, case-insensitive) match it and that is configured and carries it. No match: simulated.
 */
final class ProviderRouting {

    private final Map<String, List<String>> routes;

    ProviderRouting(Map<String, List<String>> routes) {
        this.routes = routes;
    }

    /** @param carries whether provider (first argument) is configured and carries the symbol (second) */
    Optional<String> providerFor(Instrument instrument, BiPredicate<String, String> carries) {
        String exchange = instrument.exchange().toUpperCase(Locale.ROOT);
        String assetClass = instrument.assetClass().name();
        for (Map.Entry<String, List<String>> route : routes.entrySet()) {
            boolean selected = route.getValue().stream().map(selector -> selector.strip().toUpperCase(Locale.ROOT))
                    .anyMatch(selector -> selector.equals(exchange) || selector.equals(assetClass));
            if (selected && carries.test(route.getKey(), instrument.symbol())) {
                return Optional.of(route.getKey());
            }
        }
        return Optional.empty();
    }
}
