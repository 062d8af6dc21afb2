package com.tradesense.marketdata.providers;

import java.time.Duration;

/** Kinds of provider answers, each fresh for its own time ({@link ProviderProperties.Cache}). */
public enum DataKind {
    QUOTE, INTRADAY_BARS, DAILY_BARS, PREVIOUS_CLOSE, MARKET_STATUS, HOLIDAYS;

    Duration ttl(ProviderProperties.Cache cache) {
        return switch (this) {
            case QUOTE -> cache.quote();
            case INTRADAY_BARS -> cache.intradayBars();
            case DAILY_BARS -> cache.dailyBars();
            case PREVIOUS_CLOSE -> cache.previousClose();
            case MARKET_STATUS -> cache.marketStatus();
            case HOLIDAYS -> cache.holidays();
        };
    }
}
