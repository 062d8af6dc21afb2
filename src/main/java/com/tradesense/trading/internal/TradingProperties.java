package com.tradesense.trading.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.trading.engine.FeeSchedule;
import com.tradesense.trading.engine.FillModel;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The paper trading engine.
 *
 * @param partitions         single-writer engine threads; accounts are spread over them by id
 * @param maxBatch           commands one group commit takes at most
 * @param commitLinger       how long a partition keeps collecting commands before it applies and commits them when
 *                           callers are queueing (several found waiting as it turns to its next batch): fewer,
 *                           larger commits for less CPU per order, at up to this much latency; 0 turns it off
 * @param requestTimeout     how long a request waits for its command to be durable before 503
 * @param quotePollInterval  how often the quotes of symbols with orders or positions are read (0 turns it off)
 * @param dayCloseCheckInterval how often the equity of accounts is snapshotted after their exchange's close (the
 *                           base of day P&L); the snapshot lags the close by at most this
 * @param maxStartingBalance largest starting balance of an account
 * @param fees               commission schedule per asset class
 * @param liquidity          displayed size and price impact per asset class
 * @param maxPositionValue   largest market value of one symbol's position, per account currency (none when absent)
 */
@ConfigurationProperties("tradesense.trading")
record TradingProperties(
        @DefaultValue("1") int partitions,
        @DefaultValue("1000") int maxBatch,
        @DefaultValue("1ms") Duration commitLinger,
        @DefaultValue("10s") Duration requestTimeout,
        @DefaultValue("1s") Duration quotePollInterval,
        @DefaultValue("15s") Duration dayCloseCheckInterval,
        @DefaultValue("10000000") BigDecimal maxStartingBalance,
        Map<AssetClass, FeeSchedule.Rule> fees,
        Map<AssetClass, FillModel.Liquidity> liquidity,
        Map<String, BigDecimal> maxPositionValue) {

    TradingProperties {
        fees = fees == null ? Map.of() : Map.copyOf(fees);
        maxPositionValue = maxPositionValue == null ? Map.of() : Map.copyOf(maxPositionValue);
        liquidity = liquidity == null ? Map.of() : Map.copyOf(liquidity);
        for (AssetClass assetClass : AssetClass.values()) {
            if (!liquidity.containsKey(assetClass)) {
                throw new IllegalStateException("tradesense.trading.liquidity." + assetClass + " is not configured");
            }
        }
    }
}
