package org.healthequity.exchange.shared.security;

import java.time.Duration;
import java.util.UUID;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleIntegrationTest extends IntegrationTest {

    @Autowired
    LoginThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void neverLocksAnAccountOutForGood() {
        String victim = uniqueEmail("victim");
        for (int i = 0; i < 100; i++) {
            throttle.reserve(victim, "198.51.100." + (i % 250));
            clock.advance(LoginThrottle.MAX_DELAY);
        }
        throttle.reserve(victim, "203.0.113.1");
        assertThat(throttle.waitBeforeAttempt(victim, "203.0.113.2"))
                .isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(throttle.reserve(victim, "203.0.113.2")).isZero();
    }

    @Test
    void throttlesPerAddressAcrossAccounts() {
        String address = "192.0.2." + (int) (Math.random() * 250);
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.reserve(uniqueEmail("user" + i), address)).isZero();
        }
        assertThat(throttle.reserve(uniqueEmail("someone-else"), address)).isPositive();
        assertThat(throttle.reserve(uniqueEmail("someone-else"), "2001:db8::" + UUID.randomUUID().hashCode()))
                .isZero();
    }

    @Test
    void colleaguesSigningInFromOneOfficeAddressDoNotSlowEachOtherDown() {
        String office = "office-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            String colleague = uniqueEmail("colleague");
            assertThat(throttle.reserve(colleague, office)).isZero();
            throttle.succeeded(colleague, office);
        }
        assertThat(throttle.waitBeforeAttempt(uniqueEmail("next"), office)).isZero();
    }

    @Test
    void aSecondNodeSeesTheAttemptsOfTheFirst() {
        LoginThrottle otherNode = new LoginThrottle(jdbc, clock);
        String victim = uniqueEmail("two-nodes");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            LoginThrottle node = i % 2 == 0 ? throttle : otherNode;
            assertThat(node.reserve(victim, "node-test-" + i)).isZero();
        }
        assertThat(otherNode.reserve(victim, "node-test-x")).isPositive();
        assertThat(throttle.reserve(victim, "node-test-y")).isPositive();
    }

    @Test
    void forgetsKeysIdleLongerThanTheForgetTime() {
        String victim = uniqueEmail("forgotten");
        for (int i = 0; i < LoginThrottle.FREE_ATTEMPTS; i++) {
            throttle.reserve(victim, "forget-" + i);
        }
        clock.advance(LoginThrottle.FORGET_AFTER.plus(Duration.ofSeconds(1)));
        throttle.forgetOld();
        assertThat(jdbc.sql("select count(*) from login_throttle where throttle_key = :key")
                .param("key", LoginThrottle.accountKey(victim)).query(Integer.class).single()).isZero();
    }
}
