package com.tradesense.trading.internal;

import java.math.BigDecimal;
import java.util.List;

import com.tradesense.identity.UserId;
import com.tradesense.trading.AccountId;
import com.tradesense.trading.CommissionDiscount;
import com.tradesense.trading.engine.Engine;
import com.tradesense.trading.engine.FeeSchedule;
import com.tradesense.trading.engine.FillModel;
import com.tradesense.trading.engine.IndexedOpenOrders;
import com.tradesense.trading.engine.PositionLimit;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Builds one engine per partition from the configured fees and liquidity and the discount hooks. */
@Component
class EngineFactory {

    private final FeeSchedule fees;
    private final FillModel fillModel;
    private final ObjectProvider<CommissionDiscount> discounts;
    private final PositionLimit positionLimit;

    EngineFactory(TradingProperties properties, ObjectProvider<CommissionDiscount> discounts) {
        this.fees = new FeeSchedule(properties.fees());
        this.fillModel = new FillModel(properties.liquidity());
        this.discounts = discounts;
        this.positionLimit = new PositionLimit(properties.maxPositionValue());
    }

    Engine create() {
        return new Engine(new IndexedOpenOrders(), fees, fillModel, (account, assetClass) -> {
            List<CommissionDiscount> hooks = discounts.orderedStream().toList();
            BigDecimal best = BigDecimal.ZERO;
            for (CommissionDiscount hook : hooks) {
                BigDecimal percent = hook.discountPercent(new UserId(account.ownerId), new AccountId(account.id),
                        assetClass);
                if (percent != null) {
                    best = best.max(percent);
                }
            }
            return best;
        }, positionLimit);
    }
}
