package com.tradesense.marketdata.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.PriceSubscription;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.bars.BarHistory;
import com.tradesense.marketdata.bars.StoredBarQuotes;
import org.springframework.stereotype.Service;

/**
 * The market data facade: quotes from the live book (from the stored bars for instruments no feed has priced yet),
 * history and live price changes for the other modules.
 */
@Service
public class LiveMarketData implements MarketData {

    private final LiveBook book;
    private final Instruments instruments;
    private final StoredBarQuotes storedQuotes;
    private final BarHistory history;
    private final PriceTickListeners listeners;

    LiveMarketData(LiveBook book, Instruments instruments, StoredBarQuotes storedQuotes, BarHistory history,
            PriceTickListeners listeners) {
        this.book = book;
        this.instruments = instruments;
        this.storedQuotes = storedQuotes;
        this.history = history;
        this.listeners = listeners;
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return instruments.find(symbol).flatMap(instrument -> book.quote(instrument.symbol())
                .or(() -> storedQuotes.quote(instrument)));
    }

    @Override
    public List<Bar> bars(String symbol, Interval interval, Instant from, Instant to, int limit,
            boolean extendedHours) {
        return history.history(symbol, interval.code(), from, to, limit, extendedHours).bars();
    }

    @Override
    public PriceSubscription onPriceTick(Consumer<PriceTick> listener) {
        return listeners.add(listener);
    }
}
