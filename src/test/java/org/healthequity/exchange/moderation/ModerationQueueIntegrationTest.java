package org.healthequity.exchange.moderation;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The queue itself: claims, concurrent decisions, filters, ages and who may see it. */
class ModerationQueueIntegrationTest extends IntegrationTest {


    @Autowired
    ModerationQueue queue;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private CaseStudyFixture fixture;

    @Autowired
    private People people;

    /** Unique names, so that a row is known by the name of the person it shows. */
    private final String tag = UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void secondModeratorDecidingTheSameItemIsToldItWasDecidedMeanwhile() {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Two moderators"));
        long item = fixture.openItem(id);

        fixture.signIn("admin@example.org");
        queue.decide(item, Decision.APPROVE, null);
        fixture.signIn(CaseStudyFixture.SECRETARIAT);

        assertThatThrownBy(() -> queue.decide(item, Decision.REJECT, "Too late"))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("moderation.already-decided"));
        assertThat(jdbc.queryForObject("select decision from moderation_item where id = ?", String.class, item))
                .isEqualTo("APPROVE");
    }

    @Test
    void claimedItemIsDecidedOnlyByTheModeratorWhoClaimedIt() {
        String sophie = "Sophie Laurent " + tag;
        String moderator = people.secretariat(sophie, Network.GKNHE);
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Claimed"));
        long item = fixture.openItem(id);
        fixture.signIn(moderator);
        queue.claim(item);

        fixture.signIn("admin@example.org");
        assertThatThrownBy(() -> queue.claim(item)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("moderation.claimed-by-other"));
        assertThatThrownBy(() -> queue.decide(item, Decision.APPROVE, null))
                .isInstanceOf(Refused.class);
        QueueItem row = queue.page(QueueFilter.open(), 0, 1000).stream().filter(i -> i.id() == item).findFirst()
                .orElseThrow();
        assertThat(row.claimedByName()).isEqualTo(sophie);
        assertThat(row.claimedByMe()).isFalse();

        fixture.signIn(moderator);
        queue.release(item);
        fixture.signIn("admin@example.org");
        queue.decide(item, Decision.RETURN, "Add sources.");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'moderation.return'",
                Long.class)).isPositive();
    }

    @Test
    void queueFiltersAndHighlightsItemsWaitingTooLong() {
        String priya = "Priya Raman " + tag;
        long id = fixture.submitted(people.member(priya, Network.GKNHE), CaseStudyFixture.complete("Old item"));
        long item = fixture.openItem(id);
        clock.advance(Duration.ofDays(4));
        fixture.signIn(CaseStudyFixture.SECRETARIAT);

        List<QueueItem> old = queue.page(new QueueFilter("CASE_STUDY", ItemKind.REVIEW, "GKNHE", "en", 3, false), 0,
                1000);
        assertThat(old).extracting(QueueItem::id).contains(item);
        QueueItem row = old.stream().filter(i -> i.id() == item).findFirst().orElseThrow();
        assertThat(row.overdue()).isTrue();
        assertThat(row.age()).isGreaterThanOrEqualTo(Duration.ofDays(4));
        assertThat(row.authorName()).isEqualTo(priya);
        assertThat(row.reviewLink()).isEqualTo("case-studies/" + id + "/versions?revision=" + row.revisionId());
        assertThat(queue.page(new QueueFilter(null, null, "HIM", null, null, false), 0, 1000))
                .extracting(QueueItem::id).doesNotContain(item);
        assertThat(queue.page(new QueueFilter(null, null, null, "fr", null, false), 0, 1000))
                .extracting(QueueItem::id).doesNotContain(item);
        assertThat(queue.page(new QueueFilter(null, ItemKind.FLAG, null, null, null, false), 0, 1000))
                .extracting(QueueItem::id).doesNotContain(item);
        assertThat(queue.count(QueueFilter.open())).isEqualTo(queue.page(QueueFilter.open(), 0, 10_000).size());
        assertThat(queue.waiting().overdue()).isPositive();
    }

    @Test
    void onlyTheSecretariatSeesAndDecidesTheQueue() {
        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThatThrownBy(() -> queue.page(QueueFilter.open(), 0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> queue.decide(1, Decision.APPROVE, null)).isInstanceOf(AccessDeniedException.class);
        fixture.signIn("reviewer@example.org");
        assertThatThrownBy(() -> queue.count(QueueFilter.open())).isInstanceOf(AccessDeniedException.class);
    }
}
