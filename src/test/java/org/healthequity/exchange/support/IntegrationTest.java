package org.healthequity.exchange.support;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.web.context.request.RequestContextHolder;

import com.icegreen.greenmail.util.GreenMail;
import com.vaadin.flow.internal.CurrentInstance;

/**
 * Base of every Spring test: one application context for the whole suite, on PostgreSQL, with GreenMail and a test
 * clock. Tests create their own data with unique addresses and never depend on another test's rows.
 */
@SpringBootTest
@ActiveProfiles("test")
@Import(TestSupportConfiguration.class)
public abstract class IntegrationTest {

    @Autowired
    protected MutableClock clock;

    @Autowired
    protected GreenMail greenMail;

    @Autowired
    private JdbcTemplate throttleState;

    @Autowired
    private ObjectProvider<org.springframework.security.core.context
            .SecurityContextHolderStrategy> securityStrategy;

    @BeforeEach
    void resetSharedState() throws Exception {
        // Another context (the run-like test) may have installed its own global strategy; this context's method
        // security reads the one it was built with.
        securityStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        clock.reset();
        // Every test starts with no sign-in attempts counted: the test clock returns to one instant, so attempts of
        // earlier tests (all from the same mock client address) would otherwise throttle later ones.
        throttleState.update("delete from login_throttle");
        greenMail.purgeEmailFromAllMailboxes();
        SecurityContextHolder.clearContext();
        // A view test's mock request must not outlive it: limits per client address would count every later
        // test's actions against that request's address.
        RequestContextHolder.resetRequestAttributes();
        CurrentInstance.clearAll();
    }

    @AfterEach
    void clearSecurity() {
        SecurityContextHolder.clearContext();
    }

    private static final AtomicInteger OWN_HOURS = new java.util.concurrent.atomic
            .AtomicInteger();

    /**
     * Moves the test clock on to a two-hour window no other test uses, so that hourly limits count only what this test
     * does.
     */
    protected void inAnHourOfItsOwn() {
        clock.advance(Duration.ofHours(2L * OWN_HOURS.incrementAndGet()));
    }

    protected static String uniqueEmail(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.net";
    }
}
