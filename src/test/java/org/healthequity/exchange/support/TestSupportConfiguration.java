package org.healthequity.exchange.support;

import java.time.Instant;

import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/** The parts every integration test shares: a real SMTP server, a drivable clock and a clean schema per run. */
@TestConfiguration(proxyBeanMethods = false)
public class TestSupportConfiguration {

    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() {
        return new GreenMail(ServerSetupTest.SMTP);
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    /** Counts SQL statements for the tests that prove a page's query count does not grow with its size. */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor statementCounter() {
        return StatementCounter.wrapper();
    }

    /** Documents of a test type for the search tests (every language and visibility). */
    @Bean
    TestSearchSource testSearchSource() {
        return new TestSearchSource();
    }

    /** The shared test database may hold an earlier run's rows: start from an empty schema. */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            flyway.clean();
            flyway.migrate();
        };
    }
}
