package com.tradesense.marketdata;

public enum AssetClass {
    STOCK, ETF, INDEX, CRYPTO, FX, COMMODITY
}
