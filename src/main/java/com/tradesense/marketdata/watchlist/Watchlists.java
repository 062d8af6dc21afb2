package com.tradesense.marketdata.watchlist;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.tradesense.marketdata.Instrument;
import com.tradesense.marketdata.Instruments;
import com.tradesense.marketdata.catalog.CatalogInstruments;
import com.tradesense.platform.ApiException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Members' watchlists: up to {@link #MAX_SYMBOLS} catalog symbols each, in the member's order. */
@Service
public class Watchlists {

    public static final int MAX_SYMBOLS = 50;

    private final JdbcClient jdbc;
    private final Instruments instruments;
    private final Clock clock;

    Watchlists(JdbcClient jdbc, Instruments instruments, Clock clock) {
        this.jdbc = jdbc;
        this.instruments = instruments;
        this.clock = clock;
    }

    /** The member's symbols in their order. */
    public List<String> symbols(UUID userId) {
        return jdbc.sql("select symbol from marketdata_watchlist_items where user_id = ? order by position, added_at")
                .param(userId).query(String.class).list();
    }

    /**
     * Adds a symbol at the end (already there: unchanged).
     *
     * @throws ApiException 404 for an unknown symbol, 422 WATCHLIST_FULL past {@link #MAX_SYMBOLS}
     */
    @Transactional
    public List<String> add(UUID userId, String symbol) {
        Instrument instrument = instruments.find(symbol).orElseThrow(() -> CatalogInstruments.notFound(symbol));
        // Serialises concurrent adds of one member so the size check and the position hold.
        jdbc.sql("select pg_advisory_xact_lock(hashtext(?::text))").param(userId.toString()).query().singleRow();
        List<String> current = symbols(userId);
        if (current.contains(instrument.symbol())) {
            return current;
        }
        if (current.size() >= MAX_SYMBOLS) {
            throw ApiException.unprocessable("WATCHLIST_FULL", "A watchlist holds at most " + MAX_SYMBOLS
                    + " symbols; remove one first.");
        }
        jdbc.sql("""
                insert into marketdata_watchlist_items (user_id, symbol, position, added_at) values (?, ?, ?, ?)
                on conflict do nothing""")
                .params(userId, instrument.symbol(), current.size(), Timestamp.from(clock.instant())).update();
        return symbols(userId);
    }

    /** Removes a symbol; removing one that is not there is not an error. */
    public List<String> remove(UUID userId, String symbol) {
        String stored = instruments.find(symbol).map(Instrument::symbol).orElse(symbol);
        jdbc.sql("delete from marketdata_watchlist_items where user_id = ? and symbol = ?").params(userId, stored)
                .update();
        return symbols(userId);
    }
}
