package org.healthequity.exchange.shared.security;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A sign-in while PostgreSQL does not answer (restarting, failing over) must not pass for a wrong password: the
 * throttle's reservation meets a refused connection from the real driver.
 */
class SignInDuringDatabaseOutageTest {

    @Test
    void signInWhileTheDatabaseIsUnreachableIsRefusedAsUnavailableNotAsAWrongPassword() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/exchange");
        unreachable.setConnectTimeout(2);
        var throttle = new LoginThrottle(JdbcClient.create(unreachable), Clock.systemUTC());
        var provider = new ThrottlingAuthenticationProvider(new WrongPassword(), throttle);

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("member@example.org", "exchange-demo")))
                .isInstanceOf(SignInUnavailableException.class);
    }

    @Test
    void aWrongPasswordIsStillAWrongPassword() {
        PGSimpleDataSource unreachable = new PGSimpleDataSource();
        unreachable.setUrl("jdbc:postgresql://127.0.0.1:1/exchange");
        var provider = new ThrottlingAuthenticationProvider(new WrongPassword(), new LoginThrottle(JdbcClient.create(unreachable), Clock.systemUTC()) {
            @Override
            public Duration reserve(String username, String address) {
                return Duration.ZERO;
            }
        });

        assertThatThrownBy(() -> provider.authenticate(
                UsernamePasswordAuthenticationToken.unauthenticated("member@example.org", "wrong")))
                .isExactlyInstanceOf(BadCredentialsException.class);
    }

    /** Refuses every password, as the real provider does for a wrong one. */
    private static final class WrongPassword implements AuthenticationProvider {
        @Override
        public Authentication authenticate(Authentication authentication) {
            throw new BadCredentialsException("wrong password");
        }

        @Override
        public boolean supports(Class<?> authentication) {
            return true;
        }
    }
}
