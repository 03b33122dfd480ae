package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * An outsider registers an address they do not own, hoping its owner confirms it later and so hands them an account
 * whose password they know (ASVS V6.4: credentials are set only by whoever proves they own the address).
 */
@Tag("attack")
class RegistrationTakeoverAttackTest extends IntegrationTest {

    private static final String ATTACKER_PASSWORD = "attacker knows this one";
    private static final String VICTIM_PASSWORD = "the owner chose this one";

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void preRegisteringTheVictimsAddressGivesTheAttackerNoPasswordThatSignsIn() {
        String victim = uniqueEmail("victim");
        accounts.register(new Registration("Attacker", victim, Language.ENGLISH));
        assertThatThrownBy(() -> signIn(victim, ATTACKER_PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class, victim))
                .as("a pending account has no password at all").isNull();

        accounts.register(new Registration("Victoria Owner", victim, Language.FRENCH));
        assertThat(accounts.confirmEmail(Outbox.latestToken(jdbc, victim), VICTIM_PASSWORD))
                .isEqualTo(TokenOutcome.DONE);

        assertThatThrownBy(() -> signIn(victim, ATTACKER_PASSWORD)).isInstanceOf(AuthenticationException.class);
        ExchangeUser owner = (ExchangeUser) signIn(victim, VICTIM_PASSWORD).getPrincipal();
        assertThat(owner.displayName()).as("the name of the registration whose link was used").isEqualTo(
                "Victoria Owner");
        assertThat(owner.language()).isEqualTo(Language.FRENCH);
    }

    @Test
    void theVictimClickingTheAttackersLinkStillChoosesTheOnlyPassword() {
        String victim = uniqueEmail("victim");
        accounts.register(new Registration("Attacker", victim, Language.ENGLISH));
        String attackersLink = Outbox.latestToken(jdbc, victim);

        assertThat(accounts.confirmEmail(attackersLink, VICTIM_PASSWORD)).isEqualTo(TokenOutcome.DONE);

        assertThatThrownBy(() -> signIn(victim, ATTACKER_PASSWORD)).isInstanceOf(AuthenticationException.class);
        assertThat(signIn(victim, VICTIM_PASSWORD).isAuthenticated()).isTrue();
    }

    @Test
    void registeringAgainAfterTheOwnerCannotVoidOrRenameTheOwnersLink() {
        String victim = uniqueEmail("victim");
        accounts.register(new Registration("Victoria Owner", victim, Language.ENGLISH));
        String ownersLink = Outbox.latestToken(jdbc, victim);
        accounts.register(new Registration("Attacker", victim, Language.RUSSIAN));
        String attackersLink = Outbox.latestToken(jdbc, victim);

        assertThat(accounts.confirmEmail(ownersLink, VICTIM_PASSWORD)).isEqualTo(TokenOutcome.DONE);
        ExchangeUser owner = (ExchangeUser) signIn(victim, VICTIM_PASSWORD).getPrincipal();
        assertThat(owner.displayName()).isEqualTo("Victoria Owner");
        assertThat(owner.language()).isEqualTo(Language.ENGLISH);
        assertThat(accounts.confirmEmail(attackersLink, ATTACKER_PASSWORD))
                .as("once confirmed, the other links are spent").isEqualTo(TokenOutcome.INVALID);
        assertThatThrownBy(() -> signIn(victim, ATTACKER_PASSWORD)).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void registeringAnExistingAddressComputesNoPasswordHashEitherSoItTakesNoLonger() {
        String email = uniqueEmail("fresh");
        accounts.register(new Registration("Fresh Person", email, Language.ENGLISH));
        assertThat(jdbc.queryForObject("select password_hash from account where email = ?", String.class, email))
                .as("no hash on the new-address path, as on the existing-address path").isNull();
    }

    private Authentication signIn(String email, String password) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(users);
        provider.setPasswordEncoder(passwordEncoder);
        return provider.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(email, password));
    }
}
