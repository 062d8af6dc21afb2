package com.tradesense.marketdata.bars;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The simulated exchange, the default market data provider.
 *
 * @param enabled      generate history (and later the live feed) from the simulator
 * @param seed         everything the simulator makes follows from it: same seed, same market
 * @param intradayDays trading days of 1-minute history generated on first start
 * @param dailyYears   years of daily history before that
 */
@ConfigurationProperties("tradesense.marketdata.simulator")
record SimulatorProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("20261122") long seed,
        @DefaultValue("30") int intradayDays,
        @DefaultValue("2") int dailyYears) {
}
