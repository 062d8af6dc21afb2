package com.tradesense.marketdata.live;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.BooleanSupplier;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.bars.BarRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores the completed minutes of the live feeds in batches, off the feed threads: a minute of the whole catalog is
 * one COPY per symbol a second rather than a statement per bar on the feed's clock.
 */
final class BarWriter implements LiveBook.MinuteBarStore {

    private static final Logger log = LoggerFactory.getLogger(BarWriter.class);

    private record Completed(SymbolState symbol, Bar bar, boolean extended) {
    }

    private final BarRepository bars;
    private final ConcurrentLinkedQueue<Completed> queue = new ConcurrentLinkedQueue<>();
    private volatile BooleanSupplier storing = () -> true;

    BarWriter(BarRepository bars) {
        this.bars = bars;
    }

    /** Only the node that runs the feeds stores their bars; the others hear them through the relay. */
    void storeOnlyWhen(BooleanSupplier condition) {
        this.storing = condition;
    }

    @Override
    public void store(SymbolState symbol, Bar bar, boolean extended) {
        if (storing.getAsBoolean()) {
            queue.add(new Completed(symbol, bar, extended));
        }
    }

    /** Writes what is queued; called every second by the live market's scheduler and once more at shutdown. */
    void flush() {
        Map<SymbolState, List<Completed>> bySymbol = new LinkedHashMap<>();
        for (Completed completed; (completed = queue.poll()) != null; ) {
            bySymbol.computeIfAbsent(completed.symbol, symbol -> new ArrayList<>()).add(completed);
        }
        bySymbol.forEach((symbol, completed) -> {
            Map<Bar, Boolean> extended = new IdentityHashMap<>();
            completed.forEach(c -> extended.put(c.bar, c.extended));
            try {
                bars.insertMinuteBars(symbol.symbol(), completed.stream().map(Completed::bar).toList(),
                        extended::get);
            } catch (RuntimeException e) {
                // The periodic catch-up (simulator) or the provider's backfill (real feeds) restores these minutes.
                log.warn("Could not store {} live minutes of {}", completed.size(), symbol.symbol(), e);
            }
        });
    }
}
