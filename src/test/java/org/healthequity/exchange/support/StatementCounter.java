package org.healthequity.exchange.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements the current thread prepares while counting is on, whatever issues them (JPA or JDBC):
 * the test that a page runs a fixed number of statements whatever its size.
 */
public final class StatementCounter {

    private static final ThreadLocal<AtomicInteger> COUNT = new ThreadLocal<>();

    private StatementCounter() {
    }

    public static void start() {
        COUNT.set(new AtomicInteger());
    }

    public static int stop() {
        AtomicInteger count = COUNT.get();
        COUNT.remove();
        return count == null ? 0 : count.get();
    }

    /** Wraps the application's data source so that every connection counts its statements. */
    static BeanPostProcessor wrapper() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
                    return new Counting(dataSource);
                }
                return bean;
            }
        };
    }

    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        String name = method.getName();
                        if (name.equals("prepareStatement") || name.equals("createStatement")
                                || name.equals("prepareCall")) {
                            AtomicInteger count = COUNT.get();
                            if (count != null) {
                                count.incrementAndGet();
                            }
                        }
                        if (name.equals("unwrap") && args != null && args[0] == Connection.class) {
                            return connection;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
