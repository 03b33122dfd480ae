package org.healthequity.exchange.member;

import java.time.Duration;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.webinar.WebinarFixture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Someone holding a stolen session guesses the password through the pages that re-ask for it. */
@Tag("attack")
class CurrentPasswordAttackTest extends IntegrationTest {

    @Autowired
    private WebinarFixture webinarFixture;

    private static final String RIGHT_PASSWORD = People.PASSWORD;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void guessingTheCurrentPasswordThroughPasswordChangeAndDeletionSharesTheSignInThrottle() {
        String victim = webinarFixture.member(null, null);
        Accounts.signIn(users, victim);

        for (int i = 0; i < 2; i++) {
            int guess = i;
            assertThatThrownBy(() -> passwords.changePassword("guess " + guess, "a new long passphrase 1", null))
                    .isInstanceOf(Refused.class).hasMessage("account.password.wrong-current");
        }
        assertThatThrownBy(() -> deletion.deleteMyAccount("guess 3"))
                .isInstanceOf(Refused.class).hasMessage("account.password.wrong-current");
        assertThatThrownBy(() -> deletion.deleteMyAccount(RIGHT_PASSWORD))
                .isInstanceOf(Refused.class).hasMessage("account.password.throttled");
        assertThatThrownBy(() -> passwords.changePassword(RIGHT_PASSWORD, "a new long passphrase 1", null))
                .isInstanceOf(Refused.class).hasMessage("account.password.throttled");

        clock.advance(Duration.ofMinutes(2));
        assertThatNoException().isThrownBy(
                () -> passwords.changePassword(RIGHT_PASSWORD, "a new long passphrase 1", null));
    }
}
