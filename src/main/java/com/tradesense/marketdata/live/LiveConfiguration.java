package com.tradesense.marketdata.live;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class LiveConfiguration {

    @Bean
    PriceTickListeners priceTickListeners() {
        return new PriceTickListeners();
    }
}
