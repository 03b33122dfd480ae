package org.healthequity.exchange.support;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.healthequity.exchange.ExchangeApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One node of the portal as production runs it: the application (no test profile, no test beans) in a Spring
 * context of its own on a free port, configured only through the environment variables the README documents, passed
 * as command-line arguments so that several nodes can live in one JVM with different settings.
 */
public final class PortalNode implements AutoCloseable {

    private final String name;
    private final ConfigurableApplicationContext context;

    private PortalNode(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /**
     * Starts a node and returns once it has started (its readiness may still be false while its index fills).
     *
     * @param settings environment variable names (EXCHANGE_DB_URL, ...) or property names, with their values
     */
    public static PortalNode start(String name, Map<String, String> settings) {
        Map<String, String> all = new LinkedHashMap<>();
        all.put("PORT", "0");
        all.put("EXCHANGE_MANAGEMENT_PORT", "0");
        all.putAll(settings);
        String[] arguments = all.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
        // Starting a context installs its security strategy JVM-wide; whatever else runs in this JVM keeps its own.
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        try {
            return new PortalNode(name, new SpringApplicationBuilder(ExchangeApplication.class)
                    .main(ExchangeApplication.class)
                    .initializers(ctx -> ctx.getBeanFactory().registerSingleton("productionClassesOnly",
                            new ProductionClassesOnly()))
                    .run(arguments));
        } finally {
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    public String name() {
        return name;
    }

    public int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    public String url(String path) {
        return "http://127.0.0.1:" + port() + path;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public boolean isRunning() {
        return context.isActive();
    }

    /**
     * Runs a service call on this node as the person with this address. Each node's method security reads the
     * security context through its own strategy bean, and code calling {@link SecurityContextHolder} reads the global
     * one: both are this node's for the call.
     */
    public <T> T as(String email, Supplier<T> action) {
        SecurityContextHolderStrategy before = SecurityContextHolder.getContextHolderStrategy();
        context.getBeanProvider(SecurityContextHolderStrategy.class)
                .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        try {
            Accounts.signIn(bean(UserDetailsService.class), email);
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
            SecurityContextHolder.setContextHolderStrategy(before);
        }
    }

    /** Stops the node the way SIGTERM does: drain, graceful shutdown of the web server, then the rest. */
    @Override
    public void close() {
        context.close();
    }

    /**
     * The test classes are on the class path of the JVM that runs the nodes; a node is the application alone, so the
     * component scan leaves out everything compiled from src/test (test configurations and fixtures).
     */
    static final class ProductionClassesOnly extends TypeExcludeFilter {
        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) throws IOException {
            return reader.getResource().getURL().toString().contains("/test-classes/");
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ProductionClassesOnly;
        }

        @Override
        public int hashCode() {
            return ProductionClassesOnly.class.hashCode();
        }
    }
}
