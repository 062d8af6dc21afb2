package com.tradesense.trading.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import com.tradesense.marketdata.AssetClass;
import org.junit.jupiter.api.Test;

/**
 * Stock fees against published rates: Interactive Brokers fixed USD 0.005/share, min USD 1.00, max 1% of value
 * (https://www.interactivebrokers.com/en/pricing/commissions-stocks.php); SEC Section 31 fee USD 27.80 per million
 * (https://www.sec.gov/rules-regulations/fee-rate-advisories/2024-2); FINRA TAF USD 0.000166/share, max USD 8.30
 * (https://www.finra.org/rules-guidance/guidance/trading-activity-fee).
 */
class FeeScheduleTests {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    @Test
    void buysPayThePerShareCommissionAboveTheMinimum() {
        FeeSchedule.Fee fee = EngineFixtures.FEES.fee(AssetClass.STOCK, 1, d("1000"), d("50"), BigDecimal.ZERO, 2);
        assertThat(fee.commission()).isEqualByComparingTo("5.00");
        assertThat(fee.regulatory()).isEqualByComparingTo("0.00");
    }

    @Test
    void smallOrdersPayTheMinimumAndSellsAddSecAndTafFees() {
        FeeSchedule.Fee fee = EngineFixtures.FEES.fee(AssetClass.STOCK, -1, d("100"), d("100"), BigDecimal.ZERO, 2);
        assertThat(fee.commission()).isEqualByComparingTo("1.00");
        // SEC: 10,000 x 27.80 / 1,000,000 = 0.278; TAF: 100 x 0.000166 = 0.0166 -> 0.2946 -> 0.29
        assertThat(fee.regulatory()).isEqualByComparingTo("0.29");
    }

    @Test
    void theTafIsCappedAndTheCommissionIsCappedAtOnePercent() {
        FeeSchedule.Fee fee = EngineFixtures.FEES.fee(AssetClass.STOCK, -1, d("100000"), d("0.10"), BigDecimal.ZERO, 2);
        assertThat(fee.commission()).isEqualByComparingTo("100.00"); // 500 by share, 1% of 10,000
        // SEC 0.278 + TAF min(16.60, 8.30)
        assertThat(fee.regulatory()).isEqualByComparingTo("8.58");
    }

    @Test
    void aDiscountLowersOnlyTheCommission() {
        FeeSchedule.Fee fee = EngineFixtures.FEES.fee(AssetClass.STOCK, -1, d("1000"), d("50"), d("50"), 2);
        assertThat(fee.commission()).isEqualByComparingTo("2.50");
        assertThat(fee.regulatory()).isEqualByComparingTo("1.56"); // 1.39 + 0.166
    }
}
