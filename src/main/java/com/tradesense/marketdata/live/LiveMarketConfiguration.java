package com.tradesense.marketdata.live;

import java.time.Clock;

import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.calendar.TradingCalendars;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import io.lettuce.core.RedisClient;
import jakarta.websocket.server.ServerContainer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.ServletContextAware;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live market: book, stream hub, bar writer, feed leadership (with the Redis relay when Redis is configured) and
 * the WebSocket endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StreamProperties.class)
@EnableWebSocket
class LiveMarketConfiguration {

    @Bean
    PriceTickListeners priceTickListeners() {
        return new PriceTickListeners();
    }

    @Bean
    BarWriter barWriter(BarRepository bars) {
        return new BarWriter(bars);
    }

    @Bean(destroyMethod = "shutdown")
    StreamHub streamHub(TradingCalendars calendars, Clock clock, StreamProperties properties, JsonMapper json,
            ObjectProvider<LiveBook> book) {
        return new StreamHub(book::getObject, calendars, clock, properties, json);
    }

    @Bean
    LiveBook liveBook(Clock clock, PriceTickListeners listeners, StreamHub hub, BarWriter writer,
            SimulationUniverse universe) {
        LiveBook book = new LiveBook(clock, listeners, hub, writer);
        universe.instruments().forEach(simulated -> book.add(simulated.instrument(),
                universe.calendar(simulated.instrument().calendar())));
        return book;
    }

    @Bean
    FeedLeadership feedLeadership(LiveBook book, BarWriter writer, ObjectProvider<RedisClient> redis,
            StreamProperties properties) {
        RedisClient client = redis.getIfAvailable();
        FeedLeadership leadership = client == null ? FeedLeadership.standalone(book)
                : new RedisRelay(client, book, properties.redisPrefix());
        writer.storeOnlyWhen(leadership::isLeader);
        return leadership;
    }

    @Bean
    MarketWebSocketHandler marketWebSocketHandler(StreamHub hub, StreamProperties properties, JsonMapper json) {
        return new MarketWebSocketHandler(hub, properties, json);
    }

    /**
     * Sizes the buffers Tomcat keeps per WebSocket for what clients send, which is only short commands. Without a
     * server container (a mock servlet environment in tests) there are no sockets to size.
     */
    @Bean
    ServletContextAware webSocketMessageBuffers(StreamProperties properties) {
        int bytes = Math.toIntExact(properties.webSocketMessageBuffer().toBytes());
        return servletContext -> {
            if (servletContext.getAttribute(ServerContainer.class.getName()) instanceof ServerContainer container) {
                container.setDefaultMaxTextMessageBufferSize(bytes);
                container.setDefaultMaxBinaryMessageBufferSize(bytes);
            }
        };
    }

    @Bean
    WebSocketConfigurer marketWebSocket(MarketWebSocketHandler handler) {
        return (WebSocketHandlerRegistry registry) -> registry.addHandler(handler, "/ws/market")
                .setAllowedOriginPatterns("*");
    }
}
