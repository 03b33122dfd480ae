package org.healthequity.exchange.webinar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.healthequity.exchange.support.Attacks.done;
import static org.healthequity.exchange.support.Attacks.refused;

/**
 * Every webinar service method that takes an id, called with one the caller may not reach: a working group's meetings
 * by an outsider or by the lead of another group, a network's webinars by a member of the other network.
 */
@Tag("attack")
class WebinarAccessAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    private WorkgroupFixture workgroupFixture;

    private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
    private static final LocalDateTime START = LocalDateTime.parse("2027-05-10T14:00");

    @Autowired
    WebinarScheduling scheduling;

    @Autowired
    WebinarRegistrations registrations;

    @Autowired
    WebinarCalendar calendar;

    @Autowired
    WebinarStatistics statistics;

    @Autowired
    GroupMembership membership;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private void awaitLead(WorkgroupFixture fixture, String lead) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject("select count(*) from account_role"
                + " where account_id = ? and role = 'GROUP_LEAD'", Long.class, fixture.accountId(lead)) == 1);
    }

    @TestFactory
    Stream<DynamicTest> outsidersAndOtherLeadsReachNoGroupMeetingOrNetworkWebinar() {
        clock.set(Instant.parse("2027-04-01T08:00:00Z"));
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Lena Lead", Network.GKNHE);
        String otherLead = fixture.person("Olaf Otherlead", Network.GKNHE);
        String outsider = fixture.person("Oona Outsider", Network.GKNHE);
        String member = fixture.person("Mats Member", Network.GKNHE);
        long group = fixture.group("Secret circle", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.INVITATION,
                lead);
        long otherGroup = fixture.group("Other circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN,
                otherLead);
        fixture.addMember(group, lead, member);
        awaitLead(fixture, lead);
        awaitLead(fixture, otherLead);
        fixture.signIn(lead);
        long meeting = scheduling.schedule(WebinarFixture.form("Budget talks", START, GENEVA).forGroup(group));
        fixture.signIn(member);
        registrations.register(meeting);
        long registration = jdbc.queryForObject("select id from webinar_registration where webinar_id = ?",
                Long.class, meeting);
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        long himOnly = scheduling.schedule(WebinarFixture.withAudience(
                WebinarFixture.form("HIM members' briefing", START.plusDays(1), GENEVA), Audience.HIM));
        fixture.signOut();

        Runnable asOutsider = () -> fixture.signIn(outsider);
        Runnable asOtherLead = () -> fixture.signIn(otherLead);
        WebinarForm hijack = WebinarFixture.form("Hijacked", START, GENEVA).forGroup(otherGroup);
        return Stream.of(
                refused("WebinarCalendar.webinar: outsider opens a private group's meeting", asOutsider, meeting,
                        true, calendar::webinar),
                refused("WebinarCalendar.webinar: GKNHE member opens a HIM-only webinar", asOutsider, himOnly, true,
                        calendar::webinar),
                refused("WebinarCalendar.ofGroup: outsider lists a private group's meetings", asOutsider, group,
                        true, id -> calendar.ofGroup(id, false, 10)),
                refused("WebinarCalendar.mayScheduleFor: outsider asks to schedule for a group", asOutsider, group,
                        true, calendar::mayScheduleFor),
                refused("WebinarRegistrations.register: outsider takes a place in a private group's meeting",
                        asOutsider, meeting, true, registrations::register),
                refused("WebinarRegistrations.register: GKNHE member takes a place in a HIM-only webinar",
                        asOutsider, himOnly, true, registrations::register),
                refused("WebinarRegistrations.cancel: outsider probes whether a hidden meeting exists", asOutsider,
                        meeting, true, id -> { registrations.cancel(id); return done(); }),
                refused("WebinarScheduling.editable: another group's lead opens the meeting's form", asOtherLead,
                        meeting, true, scheduling::editable),
                refused("WebinarScheduling.update: another group's lead moves the meeting to their group",
                        asOtherLead, meeting, true, id -> { scheduling.update(id, 0, hijack,
                                EditScope.OCCURRENCE); return done(); }),
                refused("WebinarScheduling.cancel: another group's lead cancels the meeting", asOtherLead, meeting,
                        true, id -> { scheduling.cancel(id, EditScope.OCCURRENCE); return done(); }),
                refused("WebinarScheduling.followUp: another group's lead posts materials", asOtherLead, meeting,
                        true, id -> { scheduling.followUp(id, null, "Spam"); return done(); }),
                refused("WebinarScheduling.attendees: another group's lead lists who registered", asOtherLead,
                        meeting, true, scheduling::attendees),
                refused("WebinarScheduling.recordAttendance: another group's lead marks attendance", asOtherLead,
                        meeting, true, id -> { scheduling.recordAttendance(id, Set.of(registration));
                            return done(); }),
                refused("WebinarScheduling.editable: another group's lead opens a HIM-only webinar", asOtherLead,
                        himOnly, true, scheduling::editable),
                refused("WebinarScheduling.schedule: a lead schedules a meeting for a group they do not lead",
                        asOtherLead, group, false, id -> scheduling.schedule(
                                WebinarFixture.form("Intrusion", START, GENEVA).forGroup(id))),
                refused("WebinarScheduling.overlaps: another group's lead reads a private group's meetings",
                        asOtherLead, group, true, id -> scheduling.overlaps(START, START.plusHours(1), GENEVA,
                                Audience.GROUP, id, null)),
                refused("WebinarScheduling.overlaps: a group lead reads a network's webinars they may not see",
                        asOtherLead, himOnly, false, id -> scheduling.overlaps(START.plusDays(1),
                                START.plusDays(1).plusHours(1), GENEVA, Audience.HIM, null, null)),
                refused("WebinarScheduling.fairness: another group's lead reads a private group's time zones",
                        asOtherLead, group, true, id -> scheduling.fairness(START, START.plusHours(1), GENEVA,
                                Audience.GROUP, id)),
                refused("WebinarStatistics.attendance: a group lead reads the attendance statistics", asOtherLead,
                        meeting, false, id -> statistics.attendance(Language.ENGLISH, "?")));
    }

    @Test
    void leadCannotNameAPersonHiddenFromTheDirectoryAsSpeaker() {
        clock.set(Instant.parse("2027-04-01T08:00:00Z"));
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Sara Lead", Network.GKNHE);
        long hidden = fixture.accountId(fixture.person("Hanna Hidden", Network.GKNHE));
        long listed = fixture.accountId(fixture.person("Liam Listed", Network.GKNHE));
        people.withProfile(people.email(listed), form -> People.listed(form, true));
        long group = fixture.group("Speaker circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN, lead);
        awaitLead(fixture, lead);
        fixture.signIn(lead);
        WebinarForm base = WebinarFixture.form("Speakers", START, GENEVA).forGroup(group);

        assertThatThrownBy(() -> scheduling.schedule(withSpeakers(base, new Speaker(hidden, "Anyone"))))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.messageKey())
                        .isEqualTo("webinar.error.speaker-unknown"));
        assertThatThrownBy(() -> scheduling.schedule(withSpeakers(base, new Speaker(987_654_321L, "Anyone"))))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.messageKey())
                        .isEqualTo("webinar.error.speaker-unknown"));
        long id = scheduling.schedule(withSpeakers(base, new Speaker(listed, "Liam")));
        assertThat(calendar.webinar(id).orElseThrow().speakers()).extracting(Speaker::name)
                .containsExactly("Liam Listed");
    }

    private static WebinarForm withSpeakers(WebinarForm form, Speaker speaker) {
        return new WebinarForm(form.title(), form.description(), form.agenda(), List.of(speaker),
                form.start(), form.end(), form.zone(), form.joinUrl(), form.languages(), form.interpretation(),
                form.audience(), form.capacity(), form.registrationDeadline(), form.materials(), form.repeat(),
                form.occurrences(), form.groupId());
    }
}
