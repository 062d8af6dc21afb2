package com.tradesense.marketdata.bars;

import java.time.Clock;
import java.util.List;
import java.util.function.Predicate;

import com.tradesense.marketdata.calendar.TradingCalendar;
import com.tradesense.marketdata.providers.MarketFeeds;
import com.tradesense.marketdata.simulator.SimulatedInstrument;
import org.springframework.beans.factory.ObjectProvider;

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

    /** Backfills only what the simulator serves: symbols routed to a real provider get that provider's history. */
    @Bean(destroyMethod = "stop")
    HistoryBackfill historyBackfill(SimulationUniverse universe, MarketSimulator simulator, BarRepository bars,
            Clock clock, SimulatorProperties properties, ObjectProvider<MarketFeeds> realFeeds) {
        MarketFeeds feeds = realFeeds.getIfAvailable();
        SimulationUniverse simulated = feeds == null ? universe
                : new SimulatedOnly(universe, symbol -> feeds.providerOf(symbol).isEmpty());
        return new HistoryBackfill(simulated, simulator, bars, clock, properties);
    }

    /** The universe without the symbols a real provider serves. */
    record SimulatedOnly(SimulationUniverse all, Predicate<String> simulated) implements SimulationUniverse {

        @Override
        public List<SimulatedInstrument> instruments() {
            return all.instruments().stream().filter(instrument -> simulated.test(instrument.symbol())).toList();
        }

        @Override
        public TradingCalendar calendar(String id) {
            return all.calendar(id);
        }
    }
}
