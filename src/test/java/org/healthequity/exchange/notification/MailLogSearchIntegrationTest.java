package org.healthequity.exchange.notification;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outgoing-mail log searched by recipient, subject and period in the database, a page at a time. */
class MailLogSearchIntegrationTest extends IntegrationTest {

    @Autowired
    MailOutbox outbox;

    @Autowired
    UserDetailsService users;

    @Test
    void findsMessagesByPartOfTheRecipientAndSubjectIgnoringCaseWithinAPeriod() {
        String marker = "Srch" + System.nanoTime();
        String ana = uniqueEmail("ana-" + marker.toLowerCase());
        Instant first = clock.instant();
        queue(ana, "Review assignment " + marker);
        clock.advance(Duration.ofDays(3));
        Instant second = clock.instant();
        queue(ana, "Decision " + marker);
        queue(uniqueEmail("ben-" + marker.toLowerCase()), "Decision " + marker);
        Accounts.signIn(users, "admin@example.org");

        assertThat(subjects(new MailFilter(null, "ANA-" + marker, null, null, null)))
                .containsExactly("Decision " + marker, "Review assignment " + marker);
        assertThat(subjects(new MailFilter(null, null, "decision " + marker.toLowerCase(), null, null)))
                .containsExactly("Decision " + marker, "Decision " + marker);
        assertThat(subjects(new MailFilter(null, "ana-" + marker, marker, first, second)))
                .containsExactly("Review assignment " + marker);
        assertThat(subjects(new MailFilter(MailStatus.FAILED, "ana-" + marker, null, null, null))).isEmpty();
        assertThat(outbox.count(new MailFilter(null, null, marker, second, null))).isEqualTo(2);
    }

    @Test
    void aPercentSignOrUnderscoreTypedInTheSearchIsMeantLiterally() {
        String marker = "Lit" + System.nanoTime();
        queue(uniqueEmail("lit"), marker + " 100% done");
        queue(uniqueEmail("lit"), marker + " 100 done");
        Accounts.signIn(users, "admin@example.org");

        assertThat(subjects(new MailFilter(null, null, marker + " 100%", null, null)))
                .containsExactly(marker + " 100% done");
        assertThat(subjects(new MailFilter(null, null, marker + "_", null, null))).isEmpty();
    }

    @Test
    void aPageIsOneQueryAndTheCountAnotherWhateverTheNumberOfRows() {
        String marker = "Page" + System.nanoTime();
        IntStream.range(0, 30).forEach(i -> queue(uniqueEmail("page"), marker + " " + i));
        Accounts.signIn(users, "admin@example.org");
        MailFilter filter = new MailFilter(null, null, marker, null, null);
        StatementCounter.start();
        List<MailMessage> page = outbox.page(filter, 0, 20);
        long count = outbox.count(filter);
        int statements = StatementCounter.stop();

        assertThat(page).hasSize(20);
        assertThat(count).isEqualTo(30);
        assertThat(statements).isEqualTo(2);
    }

    @Test
    void onlyAnAdministratorMaySearchTheMailLog() {
        Accounts.signIn(users, "secretariat@example.org");
        assertThatThrownBy(() -> outbox.page(MailFilter.all(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> outbox.count(MailFilter.all())).isInstanceOf(AccessDeniedException.class);
    }

    private void queue(String to, String subject) {
        outbox.queueComposed(to, Language.ENGLISH, "test", new MailDraft(subject, "Body of " + subject));
    }

    private List<String> subjects(MailFilter filter) {
        return outbox.page(filter, 0, 50).stream().map(MailMessage::subject).toList();
    }
}
