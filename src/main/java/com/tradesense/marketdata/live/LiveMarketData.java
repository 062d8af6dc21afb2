package com.tradesense.marketdata.live;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.tradesense.marketdata.Bar;
import com.tradesense.marketdata.Interval;
import com.tradesense.marketdata.MarketData;
import com.tradesense.marketdata.PriceSubscription;
import com.tradesense.marketdata.PriceTick;
import com.tradesense.marketdata.Quote;
import com.tradesense.marketdata.bars.BarHistory;
import com.tradesense.marketdata.bars.StoredBarQuotes;
import org.springframework.stereotype.Service;

/** The market data facade: quotes, history and live price changes for the other modules. */
@Service
class LiveMarketData implements MarketData {

    private final StoredBarQuotes quotes;
    private final BarHistory history;
    private final PriceTickListeners listeners;

    LiveMarketData(StoredBarQuotes quotes, BarHistory history, PriceTickListeners listeners) {
        this.quotes = quotes;
        this.history = history;
        this.listeners = listeners;
    }

    @Override
    public Optional<Quote> quote(String symbol) {
        return quotes.quote(symbol);
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
