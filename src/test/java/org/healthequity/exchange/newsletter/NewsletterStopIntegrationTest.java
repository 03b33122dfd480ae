package org.healthequity.exchange.newsletter;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Stopping a newsletter while it is being sent: those already queued keep their mail, nobody else gets one, and a stop
 * waits for the job's batch under way instead of racing it.
 */
class NewsletterStopIntegrationTest extends IntegrationTest {

    @Autowired
    private Newsletters newsletters;

    @Autowired
    private NewsletterRows rows;

    @Autowired
    private NewsletterFixture fixture;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService users;

    @Autowired
    private JdbcTemplate jdbc;

    @Autowired
    private TransactionTemplate transactions;

    @Test
    void aStoppedNewsletterIsMailedToNobodyElse() {
        String member = inKiribati(people.member("Kiri Stopped", Network.GKNHE));
        long id = fixture.sentNow(People.unique("Stop me"), NewsletterFixture.inCountries(Set.of(Network.GKNHE),
                Set.of("KI")));
        Accounts.signIn(users, People.SECRETARIAT);

        EditableNewsletter stopped = newsletters.stop(id, newsletters.newsletter(id).version());
        fixture.dispatch();

        assertThat(stopped.status()).isEqualTo(NewsletterStatus.STOPPED);
        assertThat(stopped.recipients()).isZero();
        assertThat(newsletters.newsletter(id).status()).isEqualTo(NewsletterStatus.STOPPED);
        assertThat(jdbc.queryForObject("select count(*) from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'newsletter'", Integer.class, member)).isZero();
        assertThat(jdbc.queryForList("select details from audit_event where action = 'newsletter.stop'"
                + " and target_id = ?", String.class, String.valueOf(id))).containsExactly("0 recipients");
    }

    @Test
    void aStopWaitsForTheBatchUnderWayAndCountsWhomItQueued() throws Exception {
        String first = inKiribati(people.member("Kiri Queued", Network.GKNHE));
        long id = fixture.sentNow(People.unique("Half sent"), NewsletterFixture.inCountries(Set.of(Network.GKNHE),
                Set.of("KI")));
        Accounts.signIn(users, People.SECRETARIAT);
        long version = newsletters.newsletter(id).version();
        ExecutorService secretariat = Executors.newSingleThreadExecutor();
        AtomicReference<Future<EditableNewsletter>> stopping = new AtomicReference<>();
        try {
            // What a batch of the job holds: the newsletter's row, while it records whom it queues.
            transactions.executeWithoutResult(batch -> {
                jdbc.queryForObject("select id from newsletter where id = ? for update", Long.class, id);
                rows.recordDelivery(id, people.id(first), Network.GKNHE, Language.ENGLISH, clock.instant());
                stopping.set(secretariat.submit(() -> {
                    Accounts.signIn(users, People.SECRETARIAT);
                    return newsletters.stop(id, version);
                }));
                await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(3))
                        .until(() -> !stopping.get().isDone());
            });
            EditableNewsletter stopped = stopping.get().get(20, TimeUnit.SECONDS);
            assertThat(stopped.status()).isEqualTo(NewsletterStatus.STOPPED);
            assertThat(stopped.recipients()).isEqualTo(1);
        } finally {
            secretariat.shutdownNow();
        }
        fixture.dispatch();
        assertThat(jdbc.queryForObject("select count(*) from newsletter_delivery where newsletter_id = ?",
                Integer.class, id)).as("the job queues nobody after the stop").isEqualTo(1);
    }

    @Test
    void onlyANewsletterBeingSentCanBeStoppedAndOnlyFromItsCurrentVersion() {
        Accounts.signIn(users, People.SECRETARIAT);
        EditableNewsletter draft = newsletters.create(new NewsletterForm(List.of(new NewsletterText(Language.ENGLISH,
                People.unique("Not yet"), "Draft.")), NewsletterFixture.inCountries(Set.of(Network.GKNHE),
                Set.of("KI"))));
        assertThatThrownBy(() -> newsletters.stop(draft.id(), draft.version())).isInstanceOf(Refused.class);

        EditableNewsletter sending = newsletters.sendNow(draft.id(), draft.version());
        assertThatThrownBy(() -> newsletters.stop(draft.id(), draft.version())).isInstanceOf(ChangedMeanwhile.class);
        assertThat(newsletters.stop(sending.id(), sending.version()).status()).isEqualTo(NewsletterStatus.STOPPED);
    }

    private String inKiribati(String email) {
        return people.withProfile(email, form -> People.profile("Officer", null, "KI", Set.of(), Set.of(), false,
                Visibility.MEMBERS));
    }
}
