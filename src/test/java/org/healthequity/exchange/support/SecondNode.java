package org.healthequity.exchange.support;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.healthequity.exchange.ExchangeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * A second node of the portal for tests of what must agree across nodes: the application in a Spring context of its
 * own, on a random port, with its own data folder and node id, against the database of the test context it is given.
 * The test configuration (the clean-then-migrate strategy, GreenMail, the test clock) is not part of it. Stop it with
 * {@link #close()}; {@link #start} again on the same folder and id is the same node coming back. A test class that
 * keeps one node for its tests registers {@link RunningNode}, which owns that start and stop.
 */
public final class SecondNode implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondNode(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * Starts a node next to {@code primary}; {@code properties} ("name=value") override the defaults.
     *
     * @param dataDir the node's own data folder (search index, files unless a shared store is configured)
     */
    public static SecondNode start(ApplicationContext primary, String nodeId, Path dataDir, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--spring.datasource.url=" + databaseUrl(primary),
                "--spring.datasource.username=" + primary.getEnvironment().getProperty("spring.datasource.username",
                        "postgres"),
                "--spring.datasource.password=" + primary.getEnvironment().getProperty("spring.datasource.password",
                        ""),
                "--exchange.data-dir=" + dataDir.toAbsolutePath(),
                "--exchange.node-id=" + nodeId,
                "--exchange.demo-data=false",
                "--exchange.embedded-database.clean-on-start=false",
                "--server.port=0",
                "--management.server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        // Starting a context installs its security strategy globally; the primary context keeps its own.
        SecurityContextHolderStrategy primaryStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new SecondNode(new SpringApplicationBuilder(ExchangeApplication.class)
                    .profiles("test")
                    .initializers(context -> context.getBeanFactory().registerSingleton("testTypesExcluded",
                            new TestTypesExcluded()))
                    .run(args.toArray(String[]::new)));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(primaryStrategy);
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public ConfigurableApplicationContext context() {
        return context;
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        SecurityContextHolderStrategy primaryStrategy = SecurityContextHolder.getContextHolderStrategy();
        try {
            context.close();
        } finally {
            SecurityContextHolder.setContextHolderStrategy(primaryStrategy);
        }
    }

    private static String databaseUrl(ApplicationContext primary) {
        try (Connection connection = primary.getBean(DataSource.class).getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("The test context's database cannot be reached", e);
        }
    }

    /** Keeps the tests' own beans (test configurations and fixtures) out of the second node's component scan. */
    private static final class TestTypesExcluded extends TypeExcludeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().isAnnotated(TestComponent.class.getName());
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof TestTypesExcluded;
        }

        @Override
        public int hashCode() {
            return TestTypesExcluded.class.hashCode();
        }
    }
}
