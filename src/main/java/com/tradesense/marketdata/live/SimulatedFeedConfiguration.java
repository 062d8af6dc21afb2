package com.tradesense.marketdata.live;

import java.time.Clock;

import com.tradesense.marketdata.bars.BarRepository;
import com.tradesense.marketdata.simulator.MarketSimulator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;

/**
 * The simulated exchange's live feed, whenever the simulator is on. An auto-configuration ordered after the
 * simulator's own, so {@code @ConditionalOnBean} sees it.
 */
@AutoConfiguration(afterName = "com.tradesense.marketdata.bars.SimulatorConfiguration")
@ConditionalOnBean(MarketSimulator.class)
class SimulatedFeedConfiguration {

    @Bean(destroyMethod = "stop")
    SimulatedFeed simulatedFeed(MarketSimulator simulator, BarRepository bars, Clock clock,
            StreamProperties properties) {
        return new SimulatedFeed(simulator, bars, clock, properties.simulatedTickInterval());
    }
}
