package org.healthequity.exchange.member;

import java.time.Duration;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.healthequity.exchange.notification.MailSettings;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An outsider makes the portal flood a mailbox (or many) with its own mail: registration, password reset and
 * invitation mails for an address they name (ASVS V2.4: anti-automation; V6.3: no account enumeration by the answer).
 */
@Tag("attack")
class MailBombingAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final int PER_ADDRESS = 3;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    MemberAdministration administration;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MailSettings settings;

    @Test
    void theLimitsAreThoseConfigured() {
        assertThat(settings.perAddress()).isEqualTo(PER_ADDRESS);
        assertThat(new MailSettings(null, null, null, null, null).perClient())
                .as("production default").isEqualTo(20);
    }

    @Test
    void requestingPasswordResetsOverAndOverMailsTheVictimOnlyUpToTheLimit() {
        inAnHourOfItsOwn();
        String victim = people.registered("Test Person", uniqueEmail("reset-bomb"));
        for (int i = 0; i < 10; i++) {
            passwords.requestPasswordReset(victim, Language.ENGLISH);
        }
        assertThat(mails(victim, "password-reset")).isEqualTo(PER_ADDRESS);

        clock.advance(Duration.ofMinutes(61));
        passwords.requestPasswordReset(victim, Language.ENGLISH);
        assertThat(mails(victim, "password-reset")).as("a new window, a new link").isEqualTo(PER_ADDRESS + 1);
    }

    @Test
    void registeringAnAddressOverAndOverMailsItOnlyUpToTheLimitWhetherOrNotItHasAnAccount() {
        inAnHourOfItsOwn();
        String fresh = uniqueEmail("register-bomb");
        String existing = people.registered("Test Person", uniqueEmail("existing-bomb"));
        for (int i = 0; i < 10; i++) {
            accounts.register(new Registration("Bomber", fresh, Language.ENGLISH));
            accounts.register(new Registration("Bomber", existing, Language.ENGLISH));
        }
        assertThat(mails(fresh, "confirm-email")).isEqualTo(PER_ADDRESS);
        assertThat(mails(existing, "already-registered")).isEqualTo(PER_ADDRESS - 1);
    }

    @Test
    void oneClientCannotMailManyAddresses() {
        inAnHourOfItsOwn();
        String prefix = "spray-" + UUID.randomUUID().toString().substring(0, 6);
        fromClient("203.0.113." + (1 + new Random().nextInt(250)), () -> {
            for (int i = 0; i < settings.perClient() + 10; i++) {
                accounts.register(new Registration("Spray", prefix + "-" + i + "@example.net", Language.ENGLISH));
            }
            return null;
        });
        Integer sent = jdbc.queryForObject("select count(*) from outgoing_mail where recipient like ?",
                Integer.class, prefix + "-%");
        assertThat(sent).isEqualTo(settings.perClient());
        Integer created = jdbc.queryForObject("select count(*) from account where email like ?", Integer.class,
                prefix + "-%");
        assertThat(created).as("nor create accounts beyond the limit").isEqualTo(settings.perClient());
        // Withdraw the spray, so other tests' mail does not queue behind it.
        jdbc.update("update outgoing_mail set status = 'CANCELLED' where recipient like ? and status = 'QUEUED'",
                prefix + "-%");
    }

    @Test
    void repeatedInvitationsReachTheInviteeOnlyUpToTheLimit() {
        inAnHourOfItsOwn();
        String invitee = uniqueEmail("invite-bomb");
        Accounts.signIn(users, "secretariat@example.org");
        for (int i = 0; i < 10; i++) {
            administration.invite(invitee, Network.HIM, NetworkRole.MEMBER, Language.ENGLISH);
        }
        assertThat(mails(invitee, "invitation")).isEqualTo(PER_ADDRESS);
    }

    private int mails(String recipient, String template) {
        return (int) Outbox.templatesFor(jdbc, recipient).stream().filter(template::equals).count();
    }

    private static <T> T fromClient(String address, Supplier<T> action) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return action.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
