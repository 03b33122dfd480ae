package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.ExternalIdentity;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.UnknownExternalIdentityException;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExternalSignInIntegrationTest extends IntegrationTest {

    private static final String ISSUER = "https://login.example.org/realms/who";

    @Autowired
    ExternalSignIn signIn;

    @Autowired
    People people;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    UserDetailsService users;

    @Test
    void aVerifiedAddressLinksToItsAccountAndTheLinkOutlivesAnAddressChange() {
        String email = people.member("Aisha Bello");
        String subject = People.unique("sub");

        ExchangeUser first = signIn.signIn(identity(subject, email.toUpperCase(), true, Set.of()), false);
        ExchangeUser later = signIn.signIn(identity(subject, People.addressFor("Aisha Elsewhere"), true, Set.of()),
                false);

        assertThat(first.getUsername()).isEqualTo(email);
        assertThat(later.accountId()).isEqualTo(first.accountId());
        assertThat(later.roles()).containsExactly(Role.MEMBER);
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class,
                subject)).isOne();
    }

    @Test
    void anUnverifiedAddressOfAnExistingAccountLinksToNobody() {
        String email = people.member("Bruno Costa");
        String subject = People.unique("sub");

        assertThatThrownBy(() -> signIn.signIn(identity(subject, email, false, Set.of(Role.ADMIN)), true))
                .isInstanceOfSatisfying(UnknownExternalIdentityException.class,
                        refused -> assertThat(refused.addressVerified()).isFalse());
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class,
                subject)).isZero();
    }

    @Test
    void anUnknownVerifiedAddressIsRefusedUnlessAccountsMayBeCreated() {
        String email = People.addressFor("Chidi Okeke");
        assertThatThrownBy(() -> signIn.signIn(identity(People.unique("sub"), email, true, Set.of()), false))
                .isInstanceOfSatisfying(UnknownExternalIdentityException.class,
                        refused -> assertThat(refused.addressVerified()).isTrue());

        ExchangeUser created = signIn.signIn(identity(People.unique("sub"), email, true, Set.of()), true);
        assertThat(created.getUsername()).isEqualTo(email);
        assertThat(created.roles()).containsExactly(Role.APPLICANT);
        assertThat(jdbc.queryForObject("select status from account where id = ?", String.class,
                created.accountId())).isEqualTo("ACTIVE");
        assertThat(jdbc.queryForObject("select password_hash is null from account where id = ?", Boolean.class,
                created.accountId())).as("no password until the person sets one by a reset").isTrue();
    }

    @Test
    void suspendedAndUnconfirmedAccountsAreRefusedAsWithPasswords() {
        String suspended = people.member("Dara Nguyen");
        jdbc.update("update account set status = 'SUSPENDED' where email = ?", suspended);
        String unconfirmed = People.addressFor("Eli Cohen");
        accounts.register(new Registration("Eli Cohen", unconfirmed, Language.ENGLISH));

        assertThatThrownBy(() -> signIn.signIn(identity(People.unique("sub"), suspended, true, Set.of()), false))
                .isInstanceOf(LockedException.class);
        assertThatThrownBy(() -> signIn.signIn(identity(People.unique("sub"), unconfirmed, true, Set.of()), false))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void rolesFromTheProvidersGroupsHoldForTheSessionAndAreNotStored() {
        String email = people.member("Farah Haddad");

        ExchangeUser user = signIn.signIn(identity(People.unique("sub"), email, true, Set.of(Role.SECRETARIAT)),
                false);

        assertThat(user.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.SECRETARIAT);
        assertThat(user.isStaff()).isTrue();
        assertThat(jdbc.queryForList("select role from account_role where account_id = ?", String.class,
                user.accountId())).containsExactly("MEMBER");
    }

    @Test
    void aDeletedAccountTakesItsLinkWithIt() {
        String email = people.member("Goran Ilic");
        String subject = People.unique("sub");
        signIn.signIn(identity(subject, email, true, Set.of()), false);
        SecurityContextHolder.getContext().setAuthentication(Accounts.signIn(users, email));
        deletion.deleteMyAccount(People.PASSWORD);

        assertThatThrownBy(() -> signIn.signIn(identity(subject, email, true, Set.of()), false))
                .isInstanceOf(UnknownExternalIdentityException.class);
        assertThat(jdbc.queryForObject("select count(*) from external_identity where subject = ?", Integer.class,
                subject)).isZero();
    }

    private static ExternalIdentity identity(String subject, String email, boolean verified, Set<Role> roles) {
        return new ExternalIdentity(ISSUER, subject, email, verified, "Someone", roles);
    }
}
