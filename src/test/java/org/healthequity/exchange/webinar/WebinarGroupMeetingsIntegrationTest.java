package org.healthequity.exchange.webinar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.webinar.WebinarFixture.GENEVA;

/** A working group's meetings: seen by its members only, scheduled by its leads only, mailed to its members only. */
class WebinarGroupMeetingsIntegrationTest extends IntegrationTest {

    private static final LocalDateTime START = LocalDateTime.parse("2027-02-15T14:00");

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    WebinarCalendar calendar;

    @Autowired
    CalendarFeeds feeds;

    @Autowired
    GroupMembership membership;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;
    private long otherGroup;

    @BeforeEach
    void setUp() {
        clock.set(WebinarFixture.TESTS_NOW);
        circle = fixture.circle("Meeting circle", Network.GKNHE, GroupVisibility.PUBLIC, "Lea Lead", "Mia Member",
                "Omar Outsider");
        otherGroup = fixture.groupLedBy("Oskar Otherlead", "Other circle", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN).id();
        fixture.awaitLeadRole(circle.lead());
    }

    private WebinarForm meeting(String title, long groupId) {
        return WebinarFixture.form(title, START, GENEVA).forGroup(groupId);
    }

    @Test
    void groupMeetingIsInvisibleToNonMembersInListPageGroupTabAndFeed() {
        fixture.signIn(circle.lead());
        long id = scheduling.schedule(meeting("Circle meeting", circle.group()));

        fixture.signIn(circle.member());
        assertThat(calendar.page(WebinarFilter.upcoming(), 0, 100)).extracting(WebinarCard::id).contains(id);
        assertThat(calendar.webinar(id)).hasValueSatisfying(page -> {
            assertThat(page.audience()).isEqualTo(Audience.GROUP);
            assertThat(page.groupName()).startsWith("Meeting circle");
            assertThat(page.joinUrl()).as("the link only with a place").isNull();
        });
        assertThat(calendar.ofGroup(circle.group(), false, 10)).extracting(WebinarCard::id).containsExactly(id);
        assertThat(registrations.register(id)).isEqualTo(RegistrationStatus.REGISTERED);
        assertThat(calendar.webinar(id).orElseThrow().joinUrl()).startsWith("https://meet.example.org/");
        assertThat(calendar.mine()).extracting(WebinarCard::id).contains(id);
        String token = feeds.regenerate().replaceAll(".*/", "").replace(".ics", "");
        assertThat(feeds.feed(token)).hasValueSatisfying(feed -> assertThat(feed).contains("Circle meeting"));

        fixture.signIn(circle.outsider());
        assertThat(calendar.page(WebinarFilter.upcoming(), 0, 100)).extracting(WebinarCard::id).doesNotContain(id);
        assertThat(calendar.between(Instant.parse("2027-02-01T00:00:00Z"), Instant.parse("2027-03-01T00:00:00Z"),
                null, null)).extracting(WebinarCard::id).doesNotContain(id);
        assertThat(calendar.upcoming(100)).extracting(WebinarCard::id).doesNotContain(id);
        assertThat(calendar.webinar(id)).isEmpty();
        assertThat(calendar.ofGroup(circle.group(), false, 10)).isEmpty();
        assertThatThrownBy(() -> registrations.register(id)).isInstanceOf(Refused.class);

        fixture.signOut();
        assertThat(calendar.page(WebinarFilter.upcoming(), 0, 100)).extracting(WebinarCard::id).doesNotContain(id);
        assertThat(calendar.webinar(id)).isEmpty();

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThat(calendar.webinar(id)).isPresent();

        fixture.signIn(circle.member());
        membership.leave(circle.group());
        assertThat(calendar.webinar(id)).as("gone once the person left the group").isEmpty();
        assertThat(calendar.mine()).extracting(WebinarCard::id).doesNotContain(id);
        assertThat(feeds.feed(token)).hasValueSatisfying(feed -> assertThat(feed).doesNotContain("Circle meeting"));
    }

    @Test
    void leadSchedulesForTheirGroupOnlyAndEditsOnlyItsMeetings() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        long publicWebinar = scheduling.schedule(WebinarFixture.form("Public talk", START, GENEVA));

        fixture.signIn(circle.lead());
        assertThat(scheduling.audienceChoices()).containsExactly(Audience.GROUP);
        assertThat(scheduling.groupChoices()).extracting(g -> g.id()).containsExactly(circle.group());
        long id = scheduling.schedule(meeting("Lead's meeting", circle.group()));
        assertThat(jdbc.queryForObject("select group_id from webinar where id = ?", Long.class, id))
                .isEqualTo(circle.group());
        assertThat(refusal(() -> scheduling.schedule(meeting("Not my group", otherGroup))))
                .isEqualTo("webinar.error.audience-not-allowed");
        assertThat(refusal(() -> scheduling.schedule(WebinarFixture.form("For everyone", START, GENEVA))))
                .isEqualTo("webinar.error.audience-not-allowed");
        assertThat(refusal(() -> scheduling.schedule(WebinarFixture.withAudience(
                WebinarFixture.form("For a network", START, GENEVA), Audience.GKNHE))))
                .isEqualTo("webinar.error.audience-not-allowed");

        EditableWebinar editable = scheduling.editable(id).orElseThrow();
        assertThat(editable.form().groupId()).isEqualTo(circle.group());
        assertThat(refusal(() -> scheduling.update(id, editable.version(), WebinarFixture.withAudience(
                editable.form(), Audience.PUBLIC), EditScope.OCCURRENCE)))
                .as("a lead cannot turn their meeting into a public webinar")
                .isEqualTo("webinar.error.audience-not-allowed");
        scheduling.update(id, editable.version(), WebinarFixture.withTimes(editable.form(), START.plusHours(1),
                START.plusHours(2)), EditScope.OCCURRENCE);
        assertThat(scheduling.editable(publicWebinar)).isEmpty();
        assertThatThrownBy(() -> scheduling.cancel(publicWebinar, EditScope.OCCURRENCE))
                .isInstanceOf(Refused.class);
        scheduling.cancel(id, EditScope.OCCURRENCE);
        assertThat(jdbc.queryForObject("select status from webinar where id = ?", String.class, id))
                .isEqualTo("CANCELLED");

        fixture.signIn(circle.member());
        assertThatThrownBy(() -> scheduling.schedule(meeting("A member's meeting", circle.group())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void fairnessCountsTheGroupsMembersZones() {
        jdbc.update("update account set time_zone = 'Asia/Tokyo' where lower(email) = lower(?)", circle.member());
        fixture.signIn(circle.lead());
        FairnessReport report = scheduling.fairness(START, START.plusHours(1), GENEVA, Audience.GROUP, circle.group())
                .orElseThrow();
        assertThat(report.members()).isEqualTo(2);
        assertThat(scheduling.fairness(START, START.plusHours(1), GENEVA, Audience.GROUP, otherGroup)).isEmpty();
    }

    @Test
    void mailsAboutAGroupMeetingGoOnlyToItsMembers() {
        String second = fixture.person("Sam Second", Network.GKNHE);
        fixture.addMember(circle.group(), circle.lead(), second);
        fixture.signIn(circle.lead());
        long id = scheduling.schedule(meeting("Mailed meeting", circle.group()));
        fixture.signIn(circle.member());
        registrations.register(id);
        fixture.signIn(second);
        registrations.register(id);
        membership.leave(circle.group());

        fixture.signIn(circle.lead());
        EditableWebinar editable = scheduling.editable(id).orElseThrow();
        scheduling.update(id, editable.version(), WebinarFixture.withTimes(editable.form(), START.plusHours(1),
                START.plusHours(2)), EditScope.OCCURRENCE);
        scheduling.cancel(id, EditScope.OCCURRENCE);

        assertThat(mail(circle.member())).containsExactly("webinar.registered", "webinar.updated", "webinar.cancelled");
        assertThat(mail(second)).containsExactly("webinar.registered");
        assertThat(mail(circle.outsider())).isEmpty();
    }

    private static String refusal(Runnable action) {
        try {
            action.run();
        } catch (Refused problem) {
            return problem.problems().getFirst().messageKey();
        }
        throw new AssertionError("expected a refusal");
    }

    private List<String> mail(String recipient) {
        return jdbc.queryForList("select template from outgoing_mail where recipient = ? and template like 'webinar.%'"
                + " order by id", String.class, recipient);
    }
}
