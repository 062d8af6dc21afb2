package com.tradesense.trading.engine;

import java.math.BigDecimal;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.SessionPhase;
import com.tradesense.trading.AccountType;

/**
 * Share of a position's market value that must be equity. Cash accounts and everything but stocks and ETFs: 100%
 * (1x). Margin accounts on stocks and ETFs: 50% overnight (Reg T, 2x) and 25% while the regular session is open (4x
 * intraday, FINRA Rule 4210 pattern-day-trader buying power); maintenance 25% (FINRA Rule 4210(c)).
 */
public final class MarginPolicy {

    static final BigDecimal FULL = BigDecimal.ONE;
    static final BigDecimal REG_T = new BigDecimal("0.50");
    static final BigDecimal INTRADAY = new BigDecimal("0.25");
    static final BigDecimal MAINTENANCE = new BigDecimal("0.25");

    public BigDecimal initial(AccountType type, AssetClass assetClass, SessionPhase session) {
        if (!marginable(type, assetClass)) {
            return FULL;
        }
        return session == SessionPhase.OPEN ? INTRADAY : REG_T;
    }

    public BigDecimal overnight(AccountType type, AssetClass assetClass) {
        return marginable(type, assetClass) ? REG_T : FULL;
    }

    public BigDecimal maintenance(AccountType type, AssetClass assetClass) {
        if (type == AccountType.CASH) {
            return BigDecimal.ZERO;
        }
        return marginable(type, assetClass) ? MAINTENANCE : FULL;
    }

    private static boolean marginable(AccountType type, AssetClass assetClass) {
        return type == AccountType.MARGIN && (assetClass == AssetClass.STOCK || assetClass == AssetClass.ETF);
    }
}
