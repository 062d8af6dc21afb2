package com.tradesense.marketdata.bars;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import javax.sql.DataSource;

import com.tradesense.marketdata.Bar;
import org.postgresql.PGConnection;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Bars in PostgreSQL. Reads are primary-key range scans; writes go through COPY, the fastest way into PostgreSQL,
 * into a temporary table first and then {@code INSERT ... ON CONFLICT DO NOTHING}, so loading bars that are already
 * stored (a re-run, a race with the live feed) is harmless.
 */
@Repository
public class BarRepository {

    private static final String MINUTE_COLUMNS = "symbol, t, o, h, l, c, v, extended";
    private static final String DAILY_COLUMNS = "symbol, trading_date, t, o, h, l, c, v";
    private static final String UNIQUE_VIOLATION = "23505";

    private final JdbcClient jdbc;
    private final DataSource dataSource;

    BarRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    public Optional<Bar> lastMinuteBar(String symbol) {
        return jdbc.sql("select t, o, h, l, c, v from marketdata_bars_1m where symbol = ? order by t desc limit 1")
                .param(symbol).query(BarRepository::bar).optional();
    }

    public Optional<LocalDate> lastTradingDate(String symbol) {
        return jdbc.sql("select max(trading_date) from marketdata_bars_1d where symbol = ?")
                .param(symbol).query(LocalDate.class).optional();
    }

    /** 1-minute bars starting in {@code [from, to)}, oldest first, at most {@code limit}. */
    public List<Bar> minuteBars(String symbol, Instant from, Instant to, boolean extendedHours, int limit) {
        return jdbc.sql("""
                select t, o, h, l, c, v from marketdata_bars_1m
                where symbol = ? and t >= ? and t < ? and (? or not extended)
                order by t limit ?""")
                .params(symbol, Timestamp.from(from), Timestamp.from(to), extendedHours, limit)
                .query(BarRepository::bar).list();
    }

    /** Daily bars of the trading dates in {@code [from, to)}, oldest first. */
    public List<Bar> dailyBars(String symbol, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select t, o, h, l, c, v from marketdata_bars_1d
                where symbol = ? and trading_date >= ? and trading_date < ?
                order by trading_date limit ?""")
                .params(symbol, from, to, limit)
                .query(BarRepository::bar).list();
    }

    /**
     * The newest 1-minute bars starting in {@code [from, to)}, newest first, at most {@code limit}: a backward scan of
     * the primary key that stops after {@code limit} rows however long the range is.
     */
    public List<Bar> latestMinuteBars(String symbol, Instant from, Instant to, boolean extendedHours, int limit) {
        return jdbc.sql("""
                select t, o, h, l, c, v from marketdata_bars_1m
                where symbol = ? and t >= ? and t < ? and (? or not extended)
                order by t desc limit ?""")
                .params(symbol, Timestamp.from(from), Timestamp.from(to), extendedHours, limit)
                .query(BarRepository::bar).list();
    }

    /** The newest daily bars of the trading dates in {@code [from, to)}, newest first, at most {@code limit}. */
    public List<Bar> latestDailyBars(String symbol, LocalDate from, LocalDate to, int limit) {
        return jdbc.sql("""
                select t, o, h, l, c, v from marketdata_bars_1d
                where symbol = ? and trading_date >= ? and trading_date < ?
                order by trading_date desc limit ?""")
                .params(symbol, from, to, limit)
                .query(BarRepository::bar).list();
    }

    /** The last 1-minute bar that started before {@code before}. */
    public Optional<Bar> lastMinuteBarBefore(String symbol, Instant before) {
        return jdbc.sql("select t, o, h, l, c, v from marketdata_bars_1m where symbol = ? and t < ? order by t desc limit 1")
                .params(symbol, Timestamp.from(before)).query(BarRepository::bar).optional();
    }

    /** The daily bar of the last trading date before {@code date}. */
    public Optional<Bar> lastDailyBarBefore(String symbol, LocalDate date) {
        return jdbc.sql("""
                select t, o, h, l, c, v from marketdata_bars_1d
                where symbol = ? and trading_date < ? order by trading_date desc limit 1""")
                .params(symbol, date).query(BarRepository::bar).optional();
    }

    /**
     * Stores completed minutes of a live feed; minutes already stored are kept as they are.
     *
     * @return the rows actually inserted
     */
    public int insertMinuteBars(String symbol, List<Bar> minutes, Predicate<Bar> extended) {
        CopyRows rows = new CopyRows(symbol, BigDecimal.ONE);
        minutes.forEach(bar -> rows.minute(bar, extended.test(bar)));
        return insertMinuteBars(rows);
    }

    /**
     * Stores daily bars of a real provider, each stamped at the start of its trading date in {@code zone}; dates already
     * stored are kept as they are.
     *
     * @return the rows actually inserted
     */
    public int insertDailyBars(String symbol, List<Bar> days, ZoneId zone) {
        CopyRows rows = new CopyRows(symbol, BigDecimal.ONE);
        days.forEach(bar -> rows.daily(LocalDate.ofInstant(bar.t(), zone), bar));
        return insertDailyBars(rows);
    }

    /** @return the rows actually inserted (rows already stored are skipped) */
    int insertMinuteBars(CopyRows rows) {
        return copyIgnoringDuplicates("marketdata_bars_1m", MINUTE_COLUMNS, rows);
    }

    int insertDailyBars(CopyRows rows) {
        return copyIgnoringDuplicates("marketdata_bars_1d", DAILY_COLUMNS, rows);
    }

    /**
     * COPY straight into the table, the fast path when none of the rows is stored yet (a backfill only generates
     * bars after the last stored one). If some are, the unique key rejects the batch, and the rows go through a
     * temporary table and {@code INSERT ... ON CONFLICT DO NOTHING} instead.
     */
    private int copyIgnoringDuplicates(String table, String columns, CopyRows rows) {
        if (rows.count() == 0) {
            return 0;
        }
        String text = rows.text();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                return copyDirectly(connection, table, columns, text);
            } catch (SQLException e) {
                connection.rollback();
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                return copyThroughStaging(connection, table, columns, text);
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not load bars into " + table, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int copyDirectly(Connection connection, String table, String columns, String text)
            throws SQLException, IOException {
        long copied = copy(connection, table, columns, text);
        connection.commit();
        return (int) copied;
    }

    private static int copyThroughStaging(Connection connection, String table, String columns, String text)
            throws SQLException, IOException {
        String staging = table + "_load";
        try (Statement statement = connection.createStatement()) {
            statement.execute("create temp table " + staging + " (like " + table + ") on commit drop");
            copy(connection, staging, columns, text);
            int inserted = statement.executeUpdate("insert into " + table + " (" + columns + ") select " + columns
                    + " from " + staging + " on conflict do nothing");
            connection.commit();
            return inserted;
        } catch (SQLException | IOException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static long copy(Connection connection, String table, String columns, String text)
            throws SQLException, IOException {
        return connection.unwrap(PGConnection.class).getCopyAPI()
                .copyIn("copy " + table + " (" + columns + ") from stdin", new StringReader(text));
    }

    private static Bar bar(ResultSet rs, int row) throws SQLException {
        return new Bar(rs.getObject("t", OffsetDateTime.class).toInstant(), price(rs, "o"), price(rs, "h"),
                price(rs, "l"), price(rs, "c"), rs.getLong("v"));
    }

    /** Without numeric(20,8)'s padding zeros, and never in exponent form (230.00000000 reads as 230). */
    private static BigDecimal price(ResultSet rs, String column) throws SQLException {
        BigDecimal price = rs.getBigDecimal(column).stripTrailingZeros();
        return price.scale() < 0 ? price.setScale(0) : price;
    }
}
