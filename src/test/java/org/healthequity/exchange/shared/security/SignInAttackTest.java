package org.healthequity.exchange.shared.security;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Password guessing against one account: every way of spreading the guesses (spellings of the address, parallel
 * bursts, other nodes, other client addresses) shares one budget of password checks.
 */
@Tag("attack")
class SignInAttackTest extends IntegrationTest {

    @Autowired
    private WebinarFixture webinarFixture;

    /** The fixture's accounts carry this password. */
    private static final String RIGHT_PASSWORD = People.PASSWORD;

    @Autowired
    AuthenticationManager signIn;

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Test
    void signInVariantsWithUnicodeSpacesShareTheThrottle() {
        String victim = webinarFixture.member(null, null);
        List<String> variants = List.of(victim + "\u2002", victim + "\u2009", victim + "\u2003", victim + "\u00a0",
                victim + "\u3000", victim + "\u200b", victim + "\ufeff", "\u2002" + victim, " " + victim + "\t",
                victim.toUpperCase(), "\u2009" + victim.toUpperCase() + "\u2009", victim + "\u202f",
                victim + "\u205f", victim + "\u1680", victim + "\u2000", victim + "\u2001", victim + "\u2004",
                victim + "\u2005", victim + "\u2006", victim + "\u2007");
        assertThat(variants).hasSize(20);

        int passwordChecks = 0;
        for (int i = 0; i < variants.size(); i++) {
            Outcome outcome = attempt(variants.get(i), "wrong password " + i, "198.51.100." + (i + 1));
            if (outcome == Outcome.PASSWORD_CHECKED) {
                passwordChecks++;
            }
        }

        assertThat(passwordChecks).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
        assertThat(attempt(victim + "\u2002", RIGHT_PASSWORD, "198.51.100.200")).isEqualTo(Outcome.THROTTLED);
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(attempt(victim + "\u2002", RIGHT_PASSWORD, "198.51.100.201")).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void parallelBurstGetsNoMorePasswordChecksThanTheFreeAttempts() throws Exception {
        String victim = webinarFixture.member(null, null);
        int burst = 20;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Outcome>> attempts = new ArrayList<>();
        for (int i = 0; i < burst; i++) {
            int n = i;
            attempts.add(() -> {
                start.await();
                return attempt(victim, "wrong password " + n, "203.0.113." + (n + 1));
            });
        }
        List<Future<Outcome>> results = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(burst)) {
            for (Callable<Outcome> attempt : attempts) {
                results.add(pool.submit(attempt));
            }
            start.countDown();
            int passwordChecks = 0;
            for (Future<Outcome> result : results) {
                if (result.get() == Outcome.PASSWORD_CHECKED) {
                    passwordChecks++;
                }
            }
            assertThat(passwordChecks).isBetween(1, LoginThrottle.FREE_ATTEMPTS);
        }
        clock.advance(LoginThrottle.MAX_DELAY);
        assertThat(attempt(victim, RIGHT_PASSWORD, "203.0.113.250")).isEqualTo(Outcome.SIGNED_IN);
    }

    @Test
    void switchingNodesGainsNoAttempts() {
        String victim = webinarFixture.member(null, null);
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(passwordEncoder);
        var otherNode = new ThrottlingAuthenticationProvider(passwords, new LoginThrottle(jdbc, clock));

        int passwordChecks = 0;
        for (int i = 0; i < 10; i++) {
            var token = token(victim, "wrong password " + i, "192.0.2." + (i + 1));
            try {
                if (i % 2 == 0) {
                    signIn.authenticate(token);
                } else {
                    otherNode.authenticate(token);
                }
            } catch (BadCredentialsException e) {
                passwordChecks++;
            } catch (LoginThrottledException e) {
                // refused before the password was looked at
            }
        }
        assertThat(passwordChecks).isEqualTo(LoginThrottle.FREE_ATTEMPTS);
    }

    @Test
    void suspendedOrUnconfirmedIsSaidOnlyToSomeoneWhoKnowsThePassword() {
        String suspended = webinarFixture.member(null, null);
        jdbcTemplate.update("update account set status = 'SUSPENDED' where email = ?", suspended);
        String pending = webinarFixture.member(null, null);
        jdbcTemplate.update("update account set status = 'PENDING', confirmed_at = null where email = ?", pending);

        assertThatThrownBy(() -> signIn.authenticate(token(suspended, "a guess", "192.0.2.77")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(token(pending, "a guess", "192.0.2.78")))
                .isExactlyInstanceOf(BadCredentialsException.class);
        assertThatThrownBy(() -> signIn.authenticate(token(suspended, RIGHT_PASSWORD, "192.0.2.79")))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn.authenticate(token(pending, RIGHT_PASSWORD, "192.0.2.80")))
                .isInstanceOf(DisabledException.class);
    }

    private enum Outcome {
        PASSWORD_CHECKED, THROTTLED, SIGNED_IN
    }

    private Outcome attempt(String username, String password, String clientAddress) {
        try {
            Authentication result = signIn.authenticate(token(username, password, clientAddress));
            return result.isAuthenticated() ? Outcome.SIGNED_IN : Outcome.PASSWORD_CHECKED;
        } catch (LoginThrottledException e) {
            return Outcome.THROTTLED;
        } catch (BadCredentialsException e) {
            return Outcome.PASSWORD_CHECKED;
        }
    }

    private static UsernamePasswordAuthenticationToken token(String username, String password, String address) {
        var token = UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        token.setDetails(new WebAuthenticationDetails(request));
        return token;
    }
}
