package org.healthequity.exchange.shared.security;

import java.time.Duration;
import java.time.Instant;

import org.healthequity.exchange.support.MutableClock;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-21T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void delayGrowsAfterTheFreeFailuresUpToTheCap() {
        assertThat(LoginThrottle.delayAfter(1)).isZero();
        assertThat(LoginThrottle.delayAfter(2)).isZero();
        assertThat(LoginThrottle.delayAfter(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(LoginThrottle.delayAfter(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(LoginThrottle.delayAfter(5)).isEqualTo(Duration.ofSeconds(8));
        assertThat(LoginThrottle.delayAfter(50)).isEqualTo(LoginThrottle.MAX_DELAY);
    }

    @Test
    void neverLocksAnAccountOutForGood() {
        for (int i = 0; i < 100; i++) {
            throttle.recordFailure("victim@example.org", "10.0.0.1");
        }
        assertThat(throttle.waitBeforeAttempt("victim@example.org", "10.0.0.2"))
                .isPositive().isLessThanOrEqualTo(LoginThrottle.MAX_DELAY);
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(throttle.waitBeforeAttempt("victim@example.org", "10.0.0.2")).isZero();
    }

    @Test
    void throttlesPerAddressAcrossAccounts() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i + "@example.org", "192.0.2.7");
        }
        assertThat(throttle.waitBeforeAttempt("someone-else@example.org", "192.0.2.7")).isPositive();
        assertThat(throttle.waitBeforeAttempt("someone-else@example.org", "192.0.2.8")).isZero();
    }

    @Test
    void refusesAttemptsDuringTheDelayWithoutCheckingThePassword() {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        var users = new InMemoryUserDetailsManager(User.withUsername("a@example.org")
                .password(encoder.encode("correct horse battery")).roles("MEMBER").build());
        DaoAuthenticationProvider dao = new DaoAuthenticationProvider(users);
        dao.setPasswordEncoder(encoder);
        ThrottlingAuthenticationProvider provider = new ThrottlingAuthenticationProvider(dao, throttle);

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> provider.authenticate(token("wrong password!"))).isInstanceOf(BadCredentialsException.class);
        }
        assertThatThrownBy(() -> provider.authenticate(token("correct horse battery")))
                .isInstanceOf(LoginThrottledException.class)
                .satisfies(e -> assertThat(((LoginThrottledException) e).retryAfter()).isPositive());

        clock.advance(Duration.ofSeconds(3));
        assertThat(provider.authenticate(token("correct horse battery")).isAuthenticated()).isTrue();
        assertThat(throttle.waitBeforeAttempt("a@example.org", "unknown-other")).isZero();
    }

    private static UsernamePasswordAuthenticationToken token(String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated("a@example.org", password);
    }
}
