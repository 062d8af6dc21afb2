package com.tradesense.marketdata.live;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import com.tradesense.marketdata.PriceSubscription;
import com.tradesense.marketdata.PriceTick;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process listeners of live price changes (other modules' engines). Registration is rare and delivery is per
 * tick, hence a copy-on-write list: iteration takes no lock.
 */
public final class PriceTickListeners {

    private static final Logger log = LoggerFactory.getLogger(PriceTickListeners.class);

    private final CopyOnWriteArrayList<Consumer<PriceTick>> listeners = new CopyOnWriteArrayList<>();

    public PriceSubscription add(Consumer<PriceTick> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    public boolean isEmpty() {
        return listeners.isEmpty();
    }

    public void publish(PriceTick tick) {
        for (Consumer<PriceTick> listener : listeners) {
            try {
                listener.accept(tick);
            } catch (RuntimeException e) {
                log.warn("Price tick listener failed on {}", tick.symbol(), e);
            }
        }
    }
}
