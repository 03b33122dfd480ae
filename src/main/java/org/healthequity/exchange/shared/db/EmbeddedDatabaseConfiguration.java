package org.healthequity.exchange.shared.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;

import com.zaxxer.hikari.HikariDataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Zero set-up: when no database address is configured, the portal starts a real PostgreSQL from a jar, keeping its
 * data under {@code exchange.data-dir}/postgres so it survives restarts. See docs/adr/0002-embedded-postgresql.md.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatabaseConfigured.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(ExchangeProperties properties) {
        Path directory = properties.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(directory.getParent());
            boolean clean = properties.embeddedDatabase().cleanOnStart();
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setServerConfig("timezone", "UTC")
                    // Spring stops the server (destroyMethod) after the pool and everything using it is closed;
                    // the library's own JVM hook would stop it first and leave shutdown waiting on dead connections.
                    .setRegisterShutdownHook(false)
                    .start();
            log.info("No database configured: started embedded PostgreSQL on port {} with data in {}",
                    postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory
                    + ". Is another instance of the portal running on the same data directory?", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("exchange-embedded");
        dataSource.setConnectionTimeout(10_000);
        return dataSource;
    }

    /** True when neither {@code spring.datasource.url} nor EXCHANGE_DB_URL names a database. */
    static class NoDatabaseConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            String url = context.getEnvironment().getProperty("spring.datasource.url");
            return url == null || url.isBlank();
        }
    }

    /** Whether the running application uses the embedded database (used to decide on demo data). */
    public static boolean isEmbedded(Environment environment) {
        String url = environment.getProperty("spring.datasource.url");
        return url == null || url.isBlank();
    }
}
