package com.tradesense.platform.database;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The embedded PostgreSQL, used only when {@code spring.datasource.url} is unset.
 *
 * @param port        TCP port on 127.0.0.1; 0 picks a free one
 * @param ephemeral   throw the data away on shutdown (tests)
 * @param maxPoolSize JDBC connections the app keeps
 * @param synchronousCommit wait for each commit's WAL flush (PostgreSQL's default; zonky turns it off): trading
 *                    acknowledges an order only after its commit, which is durable only with this on
 */
@ConfigurationProperties("tradesense.embedded-db")
record EmbeddedDatabaseProperties(
        @DefaultValue("0") int port,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue("20") int maxPoolSize,
        @DefaultValue("true") boolean synchronousCommit) {
}
