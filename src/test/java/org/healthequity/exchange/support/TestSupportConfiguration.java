package org.healthequity.exchange.support;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Instant;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.ClearanceFixture;
import org.healthequity.exchange.newsletter.NewsletterFixture;
import org.healthequity.exchange.notification.OutboxFixture;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.shared.files.FileUploads;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;

/**
 * The parts every integration test shares: a real SMTP server, a drivable clock, a clean schema per run, and the
 * fixtures that make people and each module's data through the services.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({ People.class, CaseStudyFixture.class, ClearanceFixture.class, FileUploads.class, NewsletterFixture.class, OpenCallFixture.class,
        OutboxFixture.class, WebinarFixture.class, WorkgroupFixture.class })
public class TestSupportConfiguration {

    /** On a free port, so that test runs of several checkouts on one machine do not collide. */
    @Bean(initMethod = "start", destroyMethod = "stop")
    GreenMail greenMail() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1,
                InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    /** The portal's mail goes to the test server, with the production sender's settings otherwise. */
    @Bean
    JavaMailSenderImpl mailSender(GreenMail greenMail) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        sender.setPort(greenMail.getSmtp().getPort());
        sender.setDefaultEncoding("UTF-8");
        return sender;
    }

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }

    /** Counts SQL statements for the tests that prove a page's query count does not grow with its size. */
    @Bean
    static BeanPostProcessor statementCounter() {
        return StatementCounter.wrapper();
    }

    /** Documents of a test type for the search tests (every language and visibility). */
    @Bean
    TestSearchSource testSearchSource() {
        return new TestSearchSource();
    }

    /**
     * The shared test database may hold an earlier run's rows: start from an empty schema. Only the search benchmark,
     * asked to measure again on its earlier corpus ({@code -Dbench.reuse=true}), keeps them.
     */
    @Bean
    FlywayMigrationStrategy cleanThenMigrate() {
        return flyway -> {
            if (!Boolean.getBoolean("bench.reuse")) {
                flyway.clean();
            }
            flyway.migrate();
        };
    }
}
