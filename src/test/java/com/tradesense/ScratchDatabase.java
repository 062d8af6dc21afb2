package com.tradesense;

import static org.assertj.core.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * A fresh database in the machine's PostgreSQL ({@code TRADESENSE_CRASH_PG}, default jdbc:postgresql://127.0.0.1:5432/,
 * as the current user with trust authentication), for tests that run the app in several instances or processes on one
 * database, as production does. In CI a missing PostgreSQL fails the build; elsewhere the test is aborted, saying so.
 */
public final class ScratchDatabase {

    public static final String SERVER = System.getenv().getOrDefault("TRADESENSE_CRASH_PG",
            "jdbc:postgresql://127.0.0.1:5432/");
    public static final String USER = System.getProperty("user.name");

    private final String name;

    private ScratchDatabase(String name) {
        this.name = name;
    }

    /** Creates {@code <prefix>_<random>}; {@code test} names what is not run when PostgreSQL is missing. */
    public static ScratchDatabase create(String prefix, String test) {
        String name = prefix + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("create database " + name);
        } catch (Exception unavailable) {
            if (System.getenv("CI") != null) {
                fail("PostgreSQL is required in CI at " + SERVER, unavailable);
            }
            Assumptions.abort("PostgreSQL not reachable at " + SERVER + ": " + test + " NOT RUN (" + unavailable + ")");
        }
        return new ScratchDatabase(name);
    }

    public String url() {
        return SERVER + name;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(), USER, "");
    }

    /** The app's arguments that point it at this database. */
    public String[] appArguments() {
        return new String[] {"--spring.datasource.url=" + url(), "--spring.datasource.username=" + USER};
    }

    public void drop() throws SQLException {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", USER, "");
                Statement statement = admin.createStatement()) {
            statement.execute("drop database if exists " + name + " with (force)");
        }
    }
}
