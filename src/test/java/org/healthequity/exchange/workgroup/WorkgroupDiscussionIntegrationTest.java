package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.moderation.QueueFilter;
import org.healthequity.exchange.moderation.QueueItem;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Posting in a group: sanitized text, mentions and every-post mail, flags, and the daily digest sent exactly once. */
class WorkgroupDiscussionIntegrationTest extends IntegrationTest {

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupDigest digest;

    @Autowired
    ModerationQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;
    private String watcher;

    @BeforeEach
    void setUp() {
        circle = fixture.circle("Mentions", Network.HIM, "Rosa Lead", "Priya Member", "Ola Outsider");
        watcher = fixture.person("Wim Watcher", Network.HIM);
        fixture.addMember(circle.group(), circle.lead(), watcher);
        fixture.signIn(watcher);
        membership.notifyBy(circle.group(), NotifyMode.EVERY_POST);
        fixture.signOut();
    }

    @Test
    void postIsSanitizedAndMentionsMailOnlyCurrentMembersNamed() {
        fixture.signIn(circle.lead());
        long thread = discussions.start(circle.group(), "Agenda",
                "Hello @Priya Member and @Ola Outsider <script>alert(1)</script> **bold**");
        PostView opening = discussions.thread(thread).orElseThrow().posts().getFirst();
        assertThat(opening.html()).contains("<strong>bold</strong>").doesNotContain("script");

        assertThat(Outbox.templatesFor(jdbc, circle.member())).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-mention");
        assertThat(Outbox.latestBody(jdbc, circle.member())).contains("Agenda").contains("?thread=" + thread);
        assertThat(Outbox.templatesFor(jdbc, watcher)).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-post");
        assertThat(Outbox.templatesFor(jdbc, circle.outsider())).isEmpty();
        assertThat(Outbox.templatesFor(jdbc, circle.lead())).isEmpty();

        fixture.signIn(circle.member());
        membership.leave(circle.group());
        fixture.signIn(circle.lead());
        discussions.reply(thread, "Still there, @Priya Member?");
        assertThat(Outbox.templatesFor(jdbc, circle.member())).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-mention");
        assertThat(Outbox.templatesFor(jdbc, watcher)).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-post", "workgroup-post");
    }

    @Test
    void mentionNeedsTheWholeName() {
        assertThat(GroupDiscussions.mentioned("Thanks @Ana Souza, and @Ana", Map.of(1L, "Ana Souza",
                2L, "Ana Sou", 3L, "Bob"))).containsExactly(1L);
    }

    @Test
    void flaggedPostGoesToTheModerationQueueAndRetractingDeletesIt() {
        fixture.signIn(circle.member());
        long thread = discussions.start(circle.group(), "Offers", "Buy cheap things");
        long post = discussions.thread(thread).orElseThrow().posts().getFirst().id();
        fixture.signIn(watcher);
        discussions.flag(post, "Spam");

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        QueueItem item = queue.page(QueueFilter.open(), 0, 500).stream()
                .filter(i -> i.type().equals(GroupDiscussions.MODERATION_TYPE) && i.contentId() == post)
                .findFirst().orElseThrow();
        assertThat(item.reviewLink()).isEqualTo("groups/" + fixture.slug(circle.group()) + "?thread=" + thread);
        queue.decide(item.id(), Decision.RETRACT, "Advertising");
        fixture.signIn(circle.member());
        assertThat(discussions.thread(thread)).isEmpty();
    }

    @Test
    void digestGoesOutOncePerPersonAndDayWithTheDaysPostsOfTheirGroupsOnly() {
        Instant morning = Instant.parse("2031-03-10T09:00:00Z").plus(Duration.ofDays(3L * nextDay()));
        clock.set(morning);
        long otherGroup = fixture.group("Elsewhere", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION,
                circle.outsider());
        fixture.signIn(circle.outsider());
        discussions.start(otherGroup, "Not for you", "Private elsewhere");
        fixture.signIn(circle.lead());
        discussions.start(circle.group(), "Minutes", "The minutes of Monday");

        clock.set(morning.plus(Duration.ofHours(22)));
        assertThat(digest.sendDue()).isGreaterThanOrEqualTo(1);
        assertThat(digest.sendDue()).isZero();
        assertThat(Outbox.templatesFor(jdbc, circle.member())).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-digest");
        assertThat(Outbox.latestBody(jdbc, circle.member())).contains("Minutes").doesNotContain("Not for you");
        assertThat(Outbox.templatesFor(jdbc, watcher)).doesNotContain("workgroup-digest");
        assertThat(Outbox.templatesFor(jdbc, circle.lead())).doesNotContain("workgroup-digest");

        // Another day with nothing new: nothing more.
        clock.advance(Duration.ofDays(1));
        digest.sendDue();
        assertThat(Outbox.templatesFor(jdbc, circle.member())).filteredOn(t -> !t.equals("workgroup-invitation"))
                .containsExactly("workgroup-digest");
    }

    private static final AtomicInteger DAYS = new java.util.concurrent.atomic
            .AtomicInteger();

    private static int nextDay() {
        return DAYS.incrementAndGet();
    }
}
