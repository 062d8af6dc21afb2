package com.tradesense.trading.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TradingProperties.class)
@EnableWebSocket
class TradingConfiguration {

    /** Any origin, as for the market stream: a socket opens only with a stream ticket, never with a cookie. */
    @Bean
    WebSocketConfigurer accountWebSocket(AccountStreams streams) {
        return registry -> registry.addHandler(new AccountWebSocketHandler(streams), AccountWebSocketHandler.PATH)
                .setAllowedOriginPatterns("*");
    }
}
