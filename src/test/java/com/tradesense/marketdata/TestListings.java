package com.tradesense.marketdata;

import java.util.HashMap;
import java.util.Map;

/** Bodies of {@code POST /api/v1/admin/instruments} for tests that list an instrument of their own. */
public final class TestListings {

    private TestListings() {
    }

    /** A NASDAQ stock on the NYSE calendar, with its simulator profile. */
    public static Map<String, Object> newStock(String symbol) {
        Map<String, Object> body = new HashMap<>();
        body.put("symbol", symbol);
        body.put("name", "Test Listing " + symbol);
        body.put("exchange", "NASDAQ");
        body.put("assetClass", "STOCK");
        body.put("currency", "USD");
        body.put("tickSize", 0.01);
        body.put("lotSize", 1);
        body.put("fractional", false);
        body.put("tradable", true);
        body.put("shortable", true);
        body.put("sector", "Technology");
        body.put("calendar", "XNYS");
        body.put("referencePrice", 42.5);
        body.put("beta", 1.1);
        body.put("dailyVolatilityPercent", 2.0);
        return body;
    }
}
