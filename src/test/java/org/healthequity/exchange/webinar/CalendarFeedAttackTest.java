package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.healthequity.exchange.support.People;
import org.healthequity.exchange.member.AccountPasswords;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.member.AccountDeletion;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Someone who once copied a person's calendar feed address (from a shared screen, a synced calendar, a database copy)
 * tries to keep reading it after the person has shut them out.
 */
@Tag("attack")
class CalendarFeedAttackTest extends IntegrationTest {

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    CalendarFeedController controller;

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    MemberAdministration administration;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WebinarFixture fixture;

    @BeforeEach
    void aFutureWebinarCalendar() {
        clock.set(Instant.parse("2027-01-10T08:00:00Z"));
    }

    @Test
    void copiedFeedAddressStopsWorkingAfterAPasswordReset() {
        String person = fixture.member("Europe/Paris", "FR");
        String stolen = feedOf(person);
        assertThat(status(stolen)).isEqualTo(200);

        passwords.requestPasswordReset(person, Language.ENGLISH);
        passwords.resetPassword(Outbox.latestToken(jdbc, person), "a brand new sentence for my account");

        voidedSoon(stolen);
    }

    @Test
    void copiedFeedAddressStopsWorkingAfterAPasswordChange() {
        String person = fixture.member("Europe/Paris", "FR");
        String stolen = feedOf(person);

        Accounts.signIn(users, person);
        passwords.changePassword(People.PASSWORD, "a brand new sentence for my account", null);
        SecurityContextHolder.clearContext();

        voidedSoon(stolen);
        Accounts.signIn(users, person);
        String fresh = token(feeds.createIfAbsent().orElseThrow());
        assertThat(status(fresh)).as("the person gets a new address on their next visit").isEqualTo(200);
    }

    @Test
    void suspendedAccountsFeedAnswersNotFoundAndStaysVoidAfterReactivation() {
        String person = fixture.member("Europe/Paris", "FR");
        String stolen = feedOf(person);

        Accounts.signIn(users, "secretariat@example.org");
        administration.setSuspended(fixture.accountId(person), true);
        SecurityContextHolder.clearContext();
        assertThat(status(stolen)).isEqualTo(404);

        Accounts.signIn(users, "secretariat@example.org");
        administration.setSuspended(fixture.accountId(person), false);
        SecurityContextHolder.clearContext();
        voidedSoon(stolen);
    }

    @Test
    void feedOfASuspendedAccountAnswersNotFoundEvenWhenItsAddressWasNotVoided() {
        String person = fixture.member("Europe/Paris", "FR");
        String stolen = feedOf(person);
        // A status set outside the secretariat's screen (a database fix, an import) publishes no event.
        jdbc.update("update account set status = 'SUSPENDED' where id = ?", fixture.accountId(person));

        assertThat(status(stolen)).isEqualTo(404);
    }

    @Test
    void deletedAccountsFeedAnswersNotFound() {
        String person = fixture.member("Europe/Paris", "FR");
        String stolen = feedOf(person);

        Accounts.signIn(users, person);
        deletion.deleteMyAccount(People.PASSWORD);
        SecurityContextHolder.clearContext();

        assertThat(status(stolen)).isEqualTo(404);
    }

    @Test
    void storedFeedValueFromADatabaseCopyDoesNotOpenTheFeed() {
        String person = fixture.member("Europe/Paris", "FR");
        String secret = feedOf(person);

        String stored = jdbc.queryForObject("select token_hash from calendar_feed where account_id = ?", String.class,
                fixture.accountId(person));

        assertThat(stored).isNotEqualTo(secret).doesNotContain(secret);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ?", Long.class, secret))
                .isZero();
        assertThat(status(stored.substring(0, 43))).isEqualTo(404);
        assertThat(status(secret)).isEqualTo(200);
    }

    @Test
    void feedAddressIsShownOnlyWhenCreatedOrRenewed() {
        String person = fixture.member("Europe/Paris", "FR");
        Accounts.signIn(users, person);
        String first = feeds.createIfAbsent().orElseThrow();

        assertThat(feeds.createIfAbsent()).isEmpty();
        String renewed = feeds.regenerate();
        assertThat(renewed).isNotEqualTo(first);
        assertThat(feeds.createIfAbsent()).isEmpty();
    }

    @Test
    void feedDropsANetworkWebinarAfterThePersonLeftTheNetwork() {
        Accounts.signIn(users, "secretariat@example.org");
        long him = scheduling.schedule(WebinarFixture.withAudience(WebinarFixture.form("HIM members only",
                LocalDateTime.parse("2027-02-01T10:00"), ZoneId.of("Europe/Zurich")), Audience.HIM));
        String person = fixture.member("Europe/Paris", "FR", "HIM");
        Accounts.signIn(users, person);
        registrations.register(him);
        String stolen = feedOf(person);
        assertThat(body(stolen)).contains("HIM members only");

        jdbc.update("delete from network_membership where account_id = ? and network = 'HIM'",
                fixture.accountId(person));

        assertThat(body(stolen)).doesNotContain("HIM members only");
    }

    @Test
    void feedDropsAWebinarWhoseRegistrationWasCancelled() {
        Accounts.signIn(users, "secretariat@example.org");
        long id = scheduling.schedule(WebinarFixture.form("Place given up", LocalDateTime.parse("2027-02-03T10:00"),
                ZoneId.of("Europe/Zurich")));
        String person = fixture.member("Europe/Paris", "FR");
        Accounts.signIn(users, person);
        registrations.register(id);
        String stolen = feedOf(person);
        assertThat(body(stolen)).contains("Place given up");

        Accounts.signIn(users, person);
        registrations.cancel(id);
        SecurityContextHolder.clearContext();

        assertThat(body(stolen)).doesNotContain("Place given up");
    }

    /** The address is voided by a listener after the change commits, within moments. */
    private void voidedSoon(String token) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(status(token)).isEqualTo(404));
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash = ?", Long.class,
                CalendarFeeds.hash(token))).isZero();
    }

    private String feedOf(String person) {
        Accounts.signIn(users, person);
        String url = feeds.regenerate();
        SecurityContextHolder.clearContext();
        return token(url);
    }

    private static String token(String url) {
        return url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
    }

    private int status(String token) {
        return controller.feed(token).getStatusCode().value();
    }

    private String body(String token) {
        return controller.feed(token).getBody();
    }
}
