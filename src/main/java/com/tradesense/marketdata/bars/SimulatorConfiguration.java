package com.tradesense.marketdata.bars;

import java.time.Clock;

import com.tradesense.marketdata.simulator.MarketSimulator;
import com.tradesense.marketdata.simulator.SimulationUniverse;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The simulated exchange and its history backfill, on whenever something provides a {@link SimulationUniverse} (the
 * instrument catalog) and {@code tradesense.marketdata.simulator.enabled} is not false. An auto-configuration rather
 * than a plain configuration so that {@code @ConditionalOnBean} sees the universe wherever it is declared: Boot
 * evaluates auto-configurations after every application and test configuration.
 */
@AutoConfiguration
@ConditionalOnProperty(prefix = "tradesense.marketdata.simulator", name = "enabled", matchIfMissing = true)
@ConditionalOnBean(SimulationUniverse.class)
@EnableConfigurationProperties(SimulatorProperties.class)
class SimulatorConfiguration {

    @Bean
    MarketSimulator marketSimulator(SimulationUniverse universe, SimulatorProperties properties) {
        return new MarketSimulator(properties.seed(), universe);
    }

    @Bean(destroyMethod = "stop")
    HistoryBackfill historyBackfill(SimulationUniverse universe, MarketSimulator simulator, BarRepository bars,
            Clock clock, SimulatorProperties properties) {
        return new HistoryBackfill(universe, simulator, bars, clock, properties);
    }
}
