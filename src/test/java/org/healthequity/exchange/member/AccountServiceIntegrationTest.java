package org.healthequity.exchange.member;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.session.SessionInformation;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import jakarta.validation.ConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountServiceIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final String GOOD_PASSWORD = "a long walk to Geneva";

    @Autowired
    AccountService service;

    @Autowired
    AccountPasswords accountPasswords;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    SessionRegistry sessions;

    @Test
    void registrationCreatesAPendingApplicantAndMailsAConfirmationLink() {
        String email = uniqueEmail("new");
        service.register(new Registration("Ana Silva", email, Language.SPANISH));

        ExchangeUser user = (ExchangeUser) users.loadUserByUsername(email);
        assertThat(user.isEnabled()).as("cannot sign in before confirming").isFalse();
        assertThat(user.roles()).containsExactly(Role.APPLICANT);
        assertThat(user.language()).isEqualTo(Language.SPANISH);
        assertThat(Outbox.templatesFor(jdbc, email)).containsExactly("confirm-email");

        assertThat(service.confirmEmail(Outbox.latestToken(jdbc, email), GOOD_PASSWORD)).isEqualTo(TokenOutcome.DONE);
        assertThat(users.loadUserByUsername(email).isEnabled()).isTrue();
    }

    @Test
    void aConfirmationLinkWorksOnlyOnce() {
        String email = uniqueEmail("once");
        service.register(new Registration("Once", email, Language.ENGLISH));
        String token = Outbox.latestToken(jdbc, email);
        assertThat(service.confirmEmail(token, GOOD_PASSWORD)).isEqualTo(TokenOutcome.DONE);
        assertThat(service.confirmEmail(token, GOOD_PASSWORD)).isEqualTo(TokenOutcome.INVALID);
        assertThat(service.confirmEmail("made-up-token", GOOD_PASSWORD)).isEqualTo(TokenOutcome.INVALID);
    }

    @Test
    void aConfirmationLinkExpires() {
        String email = uniqueEmail("late");
        service.register(new Registration("Late", email, Language.ENGLISH));
        clock.advance(Duration.ofHours(25));
        assertThat(service.confirmEmail(Outbox.latestToken(jdbc, email), GOOD_PASSWORD)).isEqualTo(TokenOutcome.EXPIRED);
        assertThat(users.loadUserByUsername(email).isEnabled()).isFalse();
    }

    @Test
    void registeringAnExistingAddressRevealsNothingAndTellsTheOwner() {
        String email = people.registered("Olga Owner", uniqueEmail("owner"));
        service.register(new Registration("Impostor", email.toUpperCase(Locale.ROOT), Language.ENGLISH));
        assertThat(Outbox.templatesFor(jdbc, email)).contains("already-registered");
        ExchangeUser owner = (ExchangeUser) users.loadUserByUsername(email);
        assertThat(owner.displayName()).isEqualTo("Olga Owner");
        assertThat(passwords.matches(People.PASSWORD, owner.getPassword())).isTrue();
    }

    @Test
    void refusesWeakPasswordsWithTheReasonAndKeepsTheLink() {
        String email = uniqueEmail("weak");
        service.register(new Registration("X", email, Language.ENGLISH));
        String token = Outbox.latestToken(jdbc, email);
        assertThatThrownBy(() -> service.confirmEmail(token, "passwordpassword")).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("password.too-common");
        assertThatThrownBy(() -> service.confirmEmail(token, "short")).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("password.too-short");
        assertThat(service.confirmEmail(token, GOOD_PASSWORD)).isEqualTo(TokenOutcome.DONE);
        assertThatThrownBy(() -> service.register(new Registration("X", "not-an-address", Language.ENGLISH)))
                .isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void aPasswordResetAnswersTheSameWhetherOrNotTheAddressExists() {
        accountPasswords.requestPasswordReset("nobody-" + System.nanoTime() + "@example.net", Language.ENGLISH);
        String email = people.registered("Test Person", uniqueEmail("reset"));
        accountPasswords.requestPasswordReset(email, Language.ENGLISH);
        assertThat(Outbox.templatesFor(jdbc, email)).endsWith("password-reset");

        String token = Outbox.latestToken(jdbc, email);
        assertThat(accountPasswords.resetPassword(token, "a brand new sentence")).isEqualTo(TokenOutcome.DONE);
        assertThat(passwords.matches("a brand new sentence", users.loadUserByUsername(email).getPassword())).isTrue();
        assertThat(accountPasswords.resetPassword(token, "yet another sentence")).isEqualTo(TokenOutcome.INVALID);
        assertThat(Outbox.templatesFor(jdbc, email)).endsWith("password-changed");
    }

    @Test
    void aResetLinkExpiresAndAnOlderLinkDiesWhenANewOneIsSent() {
        String email = people.registered("Test Person", uniqueEmail("expire"));
        accountPasswords.requestPasswordReset(email, Language.ENGLISH);
        String first = Outbox.latestToken(jdbc, email);
        accountPasswords.requestPasswordReset(email, Language.ENGLISH);
        String second = Outbox.latestToken(jdbc, email);
        assertThat(accountPasswords.resetPassword(first, "a brand new sentence")).isEqualTo(TokenOutcome.INVALID);
        clock.advance(Duration.ofDays(2));
        assertThat(accountPasswords.resetPassword(second, "a brand new sentence")).isEqualTo(TokenOutcome.EXPIRED);
    }

    @Test
    void changingThePasswordEndsThePersonsOtherSessions() {
        String email = people.registered("Test Person", uniqueEmail("sessions"));
        ExchangeUser user = (ExchangeUser) Accounts.signIn(users, email).getPrincipal();
        sessions.registerNewSession("this-session", user);
        sessions.registerNewSession("other-session", user);
        ExchangeUser someoneElse = (ExchangeUser) users.loadUserByUsername("member@example.org");
        sessions.registerNewSession("someone-elses-session", someoneElse);

        accountPasswords.changePassword(GOOD_PASSWORD, "the second long sentence", "this-session");

        assertThat(sessions.getSessionInformation("this-session").isExpired()).isFalse();
        assertThat(sessions.getSessionInformation("other-session").isExpired()).isTrue();
        assertThat(sessions.getSessionInformation("someone-elses-session").isExpired()).isFalse();
        assertThat(passwords.matches("the second long sentence", users.loadUserByUsername(email).getPassword()))
                .isTrue();
        sessions.getAllSessions(user, true).stream().map(SessionInformation::getSessionId)
                .forEach(sessions::removeSessionInformation);
        sessions.removeSessionInformation("someone-elses-session");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOne() {
        String email = people.registered("Test Person", uniqueEmail("current"));
        Accounts.signIn(users, email);
        assertThatThrownBy(() -> accountPasswords.changePassword("not my password", "the second long sentence", null))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).field()).isEqualTo("current");
    }

    @Test
    void preferencesNeedASignedInPersonAndAreKept() {
        assertThatThrownBy(() -> service.updatePreferences(Language.RUSSIAN, null))
                .isInstanceOfAny(AccessDeniedException.class,
                        AuthenticationCredentialsNotFoundException.class);
        String email = people.registered("Test Person", uniqueEmail("prefs"));
        Accounts.signIn(users, email);
        service.updatePreferences(Language.RUSSIAN, ZoneId.of("Pacific/Fiji"));
        AccountSettings settings = service.mySettings();
        assertThat(settings.language()).isEqualTo(Language.RUSSIAN);
        assertThat(settings.timeZone()).isEqualTo(ZoneId.of("Pacific/Fiji"));
    }

    @Test
    void aPersonCannotRememberALanguageForSomeoneElse() {
        String email = people.registered("Test Person", uniqueEmail("lang"));
        Accounts.signIn(users, email);
        assertThatThrownBy(() -> service.rememberLanguage("member@example.org", Language.ARABIC))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void demoAccountsAreSeededWithTheirRoles() {
        ExchangeUser lead = (ExchangeUser) users.loadUserByUsername("lead@example.org");
        assertThat(lead.roles()).containsExactlyInAnyOrder(
                Role.GROUP_LEAD,
                Role.MEMBER);
        assertThat(passwords.matches("exchange-demo", lead.getPassword())).isTrue();
    }
}
