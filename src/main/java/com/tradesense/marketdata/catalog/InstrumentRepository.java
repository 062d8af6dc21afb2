package com.tradesense.marketdata.catalog;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import com.tradesense.marketdata.AssetClass;
import com.tradesense.marketdata.Instrument;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code marketdata_instruments} table. The catalog is small (hundreds of rows), so reads load it whole. */
@Repository
class InstrumentRepository {

    private static final String COLUMNS = "symbol, name, exchange, asset_class, currency, tick_size, lot_size, "
            + "fractional, tradable, shortable, sector, isin, calendar, reference_price, beta, "
            + "daily_volatility_percent, enabled";

    private final JdbcClient jdbc;

    InstrumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Inserts unless the symbol exists; an existing row is left exactly as it is. */
    boolean insertIfMissing(CatalogEntry entry, Instant at) {
        Instrument i = entry.instrument();
        MarketProfile p = entry.profile();
        return jdbc.sql("insert into marketdata_instruments (" + COLUMNS + ", created_at, updated_at) "
                        + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "on conflict (symbol) do nothing")
                .params(i.symbol(), i.name(), i.exchange(), i.assetClass().name(), i.currency(), i.tickSize(),
                        i.lotSize(), i.fractional(), i.tradable(), i.shortable(), i.sector(), i.isin(), i.calendar(),
                        p.referencePrice(), p.beta(), p.dailyVolatilityPercent(), i.enabled(), Timestamp.from(at),
                        Timestamp.from(at))
                .update() == 1;
    }

    List<CatalogEntry> findAll() {
        return jdbc.sql("select " + COLUMNS + " from marketdata_instruments order by symbol")
                .query(InstrumentRepository::map).list();
    }

    Optional<CatalogEntry> find(String symbol) {
        return jdbc.sql("select " + COLUMNS + " from marketdata_instruments where symbol = ?").param(symbol)
                .query(InstrumentRepository::map).optional();
    }

    List<String> exchanges() {
        return jdbc.sql("select distinct exchange from marketdata_instruments order by exchange").query(String.class)
                .list();
    }

    boolean updateEnabled(String symbol, boolean enabled, Instant at) {
        return jdbc.sql("update marketdata_instruments set enabled = ?, updated_at = ? where symbol = ?")
                .params(enabled, Timestamp.from(at), symbol).update() == 1;
    }

    private static CatalogEntry map(ResultSet rs, int row) throws SQLException {
        Instrument instrument = new Instrument(rs.getString("symbol"), rs.getString("name"), rs.getString("exchange"),
                AssetClass.valueOf(rs.getString("asset_class")), rs.getString("currency"),
                plain(rs.getBigDecimal("tick_size")), plain(rs.getBigDecimal("lot_size")),
                rs.getBoolean("fractional"), rs.getBoolean("tradable"), rs.getBoolean("shortable"),
                rs.getString("sector"), rs.getString("isin"), rs.getString("calendar"), rs.getBoolean("enabled"));
        return new CatalogEntry(instrument, new MarketProfile(plain(rs.getBigDecimal("reference_price")),
                rs.getDouble("beta"), rs.getDouble("daily_volatility_percent")));
    }

    /** The columns keep 12 decimals; give back the value as written (0.01, not 0.010000000000). */
    private static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
