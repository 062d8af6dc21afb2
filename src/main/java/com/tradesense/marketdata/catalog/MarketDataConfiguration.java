package com.tradesense.marketdata.catalog;

import com.tradesense.marketdata.calendar.TradingCalendars;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The plain-Java parts of market data that Spring hands out: the exchange calendars. */
@Configuration(proxyBeanMethods = false)
class MarketDataConfiguration {

    @Bean
    TradingCalendars tradingCalendars() {
        return TradingCalendars.standard();
    }
}
