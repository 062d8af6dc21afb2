package com.tradesense.trading;

import java.math.BigDecimal;

import com.tradesense.identity.UserId;
import com.tradesense.marketdata.AssetClass;

/**
 * A hook that lowers commissions, e.g. a shop item of gamification. Implement it as a Spring bean; when several
 * apply, the largest discount wins. Called on the engine's thread for every fill: answer from memory, fast.
 */
public interface CommissionDiscount {

    /** Percent off the commission (not regulatory fees), 0 to 100, where 25 means a quarter off. */
    BigDecimal discountPercent(UserId owner, AccountId account, AssetClass assetClass);
}
