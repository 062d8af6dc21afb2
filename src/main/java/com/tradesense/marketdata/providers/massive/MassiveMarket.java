package com.tradesense.marketdata.providers.massive;

import java.util.List;
import java.util.Optional;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;

/**
 * Massive's markets ("clusters"): each has its own socket path, event names and ticker forms. Stocks stream
 * {@code T.AAPL}, crypto {@code XT.BTC-USD}, forex {@code C.EUR/USD}, indices {@code AM.I:SPX}; REST names them
 * {@code AAPL}, {@code X:BTCUSD}, {@code C:EURUSD}, {@code I:SPX}.
 */
public enum MassiveMarket {
    STOCKS("stocks", List.of("T", "Q", "A", "AM"), "/v2/snapshot/locale/us/markets/stocks/tickers"),
    CRYPTO("crypto", List.of("XT", "XQ", "XA"), "/v2/snapshot/locale/global/markets/crypto/tickers"),
    FOREX("forex", List.of("C", "CA"), "/v2/snapshot/locale/global/markets/forex/tickers"),
    INDICES("indices", List.of("A", "AM"), null);

    private final String path;
    private final List<String> channels;
    private final String snapshotPath;

    MassiveMarket(String path, List<String> channels, String snapshotPath) {
        this.path = path;
        this.channels = channels;
        this.snapshotPath = snapshotPath;
    }

    /** The socket path under the WebSocket base URL. */
    public String path() {
        return path;
    }

    public List<String> channels() {
        return channels;
    }

    /** Multi-ticker snapshot polled while the socket is down; indices have none. */
    public Optional<String> snapshotPath() {
        return Optional.ofNullable(snapshotPath);
    }

    /** The market an instrument streams on, if Massive carries it. */
    public static Optional<MassiveMarket> of(Instrument instrument) {
        AssetClass assetClass = instrument.assetClass();
        if (assetClass == AssetClass.STOCK || assetClass == AssetClass.ETF) {
            return "BVC".equals(instrument.exchange()) ? Optional.empty() : Optional.of(STOCKS);
        }
        if (assetClass == AssetClass.CRYPTO) {
            return Optional.of(CRYPTO);
        }
        if ("FX".equals(instrument.exchange()) && instrument.symbol().indexOf('/') == 3) {
            return Optional.of(FOREX); // currency pairs and spot metals such as XAU/USD
        }
        if (assetClass == AssetClass.INDEX && !"BVC".equals(instrument.exchange())) {
            return Optional.of(INDICES);
        }
        return Optional.empty();
    }

    /** The ticker in REST paths: {@code AAPL}, {@code X:BTCUSD}, {@code C:EURUSD}, {@code I:SPX}. */
    public String restTicker(String symbol) {
        return switch (this) {
            case STOCKS -> symbol;
            case CRYPTO -> "X:" + symbol.replace("-", "");
            case FOREX -> "C:" + symbol.replace("/", "");
            case INDICES -> "I:" + symbol;
        };
    }

    /** The ticker in socket subscriptions and events: {@code AAPL}, {@code BTC-USD}, {@code EUR/USD}, {@code I:SPX}. */
    public String streamTicker(String symbol) {
        return this == INDICES ? "I:" + symbol : symbol;
    }
}
