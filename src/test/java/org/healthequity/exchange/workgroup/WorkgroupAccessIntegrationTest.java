package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.assertj.core.api.ThrowableAssert;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Who sees and does what in a group, for every kind of content and every role: member, lead, non-member, another
 * group's lead, the secretariat; the lifecycle; join requests; invitations and their misuse.
 */
class WorkgroupAccessIntegrationTest extends IntegrationTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupTasks dashboard;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;
    private WorkgroupFixture.LedGroup other;
    private long thread;
    private long reply;

    @BeforeEach
    void setUp() {
        circle = fixture.circle("Private circle", Network.GKNHE, "Lena Lead", "Milo Member", "Olga Outsider");
        other = fixture.groupLedBy("Otto Otherlead", "Other circle", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN);
        fixture.signIn(circle.member());
        thread = discussions.start(circle.group(), "Budget", "First draft of the budget");
        reply = discussions.reply(thread, "A reply");
        fixture.signOut();
    }

    @Test
    void proposalIsInvisibleUntilTheSecretariatApprovesItAndThenOpensWithItsLeads() {
        fixture.signIn("reviewer@example.org");
        long proposed = groups.propose(WorkgroupFixture.form("Equity metrics", Network.HIM, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN, circle.lead()));
        assertThat(groups.myProposals()).extracting(GroupCard::id).contains(proposed);
        assertThatThrownBy(() -> groups.approve(proposed)).isInstanceOf(AccessDeniedException.class);
        fixture.signIn(circle.lead());
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).doesNotContain(proposed);
        assertThatThrownBy(() -> membership.members(proposed)).isInstanceOf(Refused.class);
        fixture.signIn(circle.member());
        assertThatThrownBy(() -> groups.propose(WorkgroupFixture.form("Mine", Network.HIM, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN, circle.lead()))).isInstanceOf(AccessDeniedException.class);

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.approve(proposed);
        assertThatThrownBy(() -> groups.approve(proposed)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("workgroup.problem.status-changed"));
        fixture.signOut();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(proposed);
        assertThat(membership.members(proposed)).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(GroupRole.LEAD));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(portalRoles(circle.lead()))
                .contains("GROUP_LEAD"));
    }

    @Test
    void promotedMemberIsGrantedThePortalRoleOfGroupLead() {
        assertThat(portalRoles(circle.member())).doesNotContain("GROUP_LEAD");
        fixture.signIn(circle.lead());
        membership.promote(circle.group(), fixture.accountId(circle.member()));
        fixture.signOut();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(portalRoles(circle.member()))
                .contains("GROUP_LEAD"));
    }

    private List<String> portalRoles(String email) {
        return jdbc.queryForList("select role from account_role where account_id = ?", String.class,
                fixture.accountId(email));
    }

    @Test
    void proposalNamingNoExistingPersonAsLeadIsRefused() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThatThrownBy(() -> groups.create(WorkgroupFixture.form("Nobody leads", Network.HIM,
                GroupVisibility.PUBLIC, JoinPolicy.OPEN, "nobody-at-all@example.net")))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.field()).isEqualTo("leads"));
    }

    @Test
    void visibilityDecidesWhoFindsTheGroup() {
        String himPerson = fixture.person("Hana Him", Network.HIM);
        long network = fixture.group("Network only", Network.GKNHE, GroupVisibility.NETWORK, JoinPolicy.OPEN,
                circle.lead());
        String networkSlug = fixture.slug(network);
        String privateSlug = fixture.slug(circle.group());
        String publicSlug = fixture.slug(other.id());

        assertThat(groups.group(publicSlug)).isPresent();
        assertThat(groups.group(networkSlug)).isEmpty();
        assertThat(groups.group(privateSlug)).isEmpty();

        fixture.signIn(himPerson);
        assertThat(groups.group(networkSlug)).isEmpty();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(other.id())
                .doesNotContain(network, circle.group());

        fixture.signIn(circle.outsider());
        assertThat(groups.group(networkSlug)).isPresent();
        assertThat(groups.group(privateSlug)).isEmpty();

        fixture.signIn(circle.member());
        assertThat(groups.group(privateSlug)).hasValueSatisfying(p -> {
            assertThat(p.card().myRole()).isEqualTo(GroupRole.MEMBER);
            assertThat(p.canPost()).isTrue();
            assertThat(p.canLead()).isFalse();
        });

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThat(groups.group(privateSlug)).hasValueSatisfying(p -> assertThat(p.canPost()).isFalse());
    }

    @Test
    void memberAndLeadReadThePrivateThreadButNonMemberAndOtherGroupsLeadGetNothing() {
        for (String reader : List.of(circle.member(), circle.lead(), WorkgroupFixture.SECRETARIAT)) {
            fixture.signIn(reader);
            assertThat(discussions.thread(thread)).as(reader).hasValueSatisfying(t ->
                    assertThat(t.posts()).hasSize(2));
            assertThat(discussions.threads(circle.group())).as(reader).extracting(ThreadRow::id)
                    .containsExactly(thread);
            assertThat(discussions.activity(circle.group())).as(reader).isNotEmpty();
            assertThat(membership.members(circle.group())).as(reader).hasSize(2);
            assertThat(discussions.history(reply)).as(reader).isEmpty();
        }
        for (String stranger : List.of(circle.outsider(), other.lead())) {
            fixture.signIn(stranger);
            assertThat(discussions.thread(thread)).as(stranger).isEmpty();
            assertNotFound(() -> discussions.threads(circle.group()));
            assertNotFound(() -> discussions.activity(circle.group()));
            assertNotFound(() -> membership.members(circle.group()));
            assertNotFound(() -> discussions.history(reply));
            assertNotFound(() -> discussions.reply(thread, "Let me in"));
            assertNotFound(() -> discussions.start(circle.group(), "Mine", "Text"));
            assertNotFound(() -> discussions.edit(reply, 0, "Changed"));
            assertNotFound(() -> discussions.delete(reply));
            assertNotFound(() -> discussions.pin(thread, true));
            assertNotFound(() -> discussions.flag(reply, "Spam"));
            assertNotFound(() -> membership.remove(circle.group(), fixture.accountId(circle.member())));
            assertNotFound(() -> membership.promote(circle.group(), fixture.accountId(circle.member())));
            assertNotFound(() -> membership.demote(circle.group(), fixture.accountId(circle.lead())));
            assertNotFound(() -> membership.pendingRequests(circle.group()));
            assertNotFound(() -> membership.invite(circle.group(), "friend@example.net", Language.ENGLISH));
            assertNotFound(() -> membership.join(circle.group(), ""));
        }
        fixture.signOut();
        assertThat(discussions.thread(thread)).isEmpty();
        assertNotFound(() -> discussions.threads(circle.group()));
    }

    @Test
    void onlyLeadsOfThisGroupManageItsMembersAndPinsWhileMembersMayNot() {
        long memberId = fixture.accountId(circle.member());
        fixture.signIn(circle.member());
        assertRefused(() -> membership.promote(circle.group(), memberId), "workgroup.problem.leads-only");
        assertRefused(() -> membership.invite(circle.group(), circle.outsider(), Language.ENGLISH),
                "workgroup.problem.leads-only");
        assertRefused(() -> membership.demote(circle.group(), fixture.accountId(circle.lead())),
                "workgroup.problem.leads-only");
        assertRefused(() -> discussions.pin(thread, true), "workgroup.problem.leads-only");
        fixture.signIn(other.lead());
        assertThatThrownBy(() -> membership.invite(circle.group(), circle.outsider(), Language.ENGLISH))
                .isInstanceOf(Refused.class);

        fixture.signIn(circle.lead());
        discussions.pin(thread, true);
        membership.promote(circle.group(), memberId);
        assertThat(membership.members(circle.group())).allSatisfy(m -> assertThat(m.role()).isEqualTo(GroupRole.LEAD));
        membership.demote(circle.group(), memberId);
        assertRefused(() -> membership.demote(circle.group(), fixture.accountId(circle.lead())),
                "workgroup.problem.last-lead");
        membership.remove(circle.group(), memberId);
        assertRefused(() -> membership.leave(circle.group()), "workgroup.problem.last-lead");
        fixture.signIn(circle.member());
        assertThat(discussions.thread(thread)).isEmpty();

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        discussions.pin(thread, false);
        fixture.addMember(circle.group(), WorkgroupFixture.SECRETARIAT, circle.member());
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThat(membership.members(circle.group())).hasSize(2);
    }

    @Test
    void authorEditsWithHistoryAndAuthorOrLeadDeletesButNotAnotherMember() {
        String second = fixture.person("Sam Second", Network.GKNHE);
        fixture.addMember(circle.group(), circle.lead(), second);
        fixture.signIn(second);
        assertRefused(() -> discussions.edit(reply, 0, "Hijack"), "workgroup.problem.authors-only");
        assertRefused(() -> discussions.delete(reply), "workgroup.problem.authors-or-leads");

        fixture.signIn(circle.member());
        discussions.edit(reply, 0, "A better reply");
        assertRefused(() -> discussions.edit(reply, 0, "Stale"), "workgroup.problem.changed");
        assertThat(discussions.history(reply)).singleElement()
                .satisfies(h -> assertThat(h.html()).contains("A reply"));

        fixture.signIn(circle.lead());
        discussions.delete(reply);
        assertThat(discussions.thread(thread)).hasValueSatisfying(t ->
                assertThat(t.posts().get(1).deleted()).isTrue());
        long opening = discussions.thread(thread).orElseThrow().posts().getFirst().id();
        fixture.signIn(circle.member());
        discussions.delete(opening);
        assertThat(discussions.thread(thread)).isEmpty();
    }

    @Test
    void archivedGroupIsReadOnlyAndFoundOnlyByItsMembers() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(other.id());
        groups.archive(circle.group());
        fixture.signIn(circle.member());
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(circle.group())
                .doesNotContain(other.id());
        assertThat(discussions.thread(thread)).hasValueSatisfying(t -> assertThat(t.canReply()).isFalse());
        assertRefused(() -> discussions.reply(thread, "Too late"), "workgroup.problem.archived");
        assertRefused(() -> membership.leave(circle.group()), "workgroup.problem.archived");
        fixture.signIn(circle.outsider());
        assertThat(groups.group(fixture.slug(other.id()))).isEmpty();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).doesNotContain(other.id(), circle.group());
    }

    @Test
    void joinPoliciesOpenOnRequestAndByInvitation() {
        fixture.signIn(circle.outsider());
        assertThat(membership.join(other.id(), "")).isEqualTo(JoinOutcome.JOINED);
        assertRefused(() -> membership.join(other.id(), ""), "workgroup.problem.already-member");

        long onRequest = fixture.group("Ask first", Network.GKNHE, GroupVisibility.NETWORK, JoinPolicy.REQUEST,
                circle.lead());
        fixture.signIn(circle.outsider());
        assertThat(membership.join(onRequest, "I work on this")).isEqualTo(JoinOutcome.REQUESTED);
        assertRefused(() -> membership.join(onRequest, ""), "workgroup.problem.already-requested");
        assertThat(groups.group(fixture.slug(onRequest))).hasValueSatisfying(p -> {
            assertThat(p.requestPending()).isTrue();
            assertThat(p.canPost()).isFalse();
        });

        fixture.signIn(other.lead());
        long requestId = jdbc.queryForObject("select id from work_group_join_request where group_id = ?", Long.class,
                onRequest);
        assertThatThrownBy(() -> membership.decideRequest(requestId, true)).isInstanceOf(Refused.class);
        fixture.signIn(circle.lead());
        assertThat(membership.pendingRequests(onRequest)).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("I work on this"));
        membership.decideRequest(requestId, true);
        assertThat(membership.members(onRequest)).extracting(MemberRow::name).contains("Olga Outsider");

        String himPerson = fixture.person("Hugo Him", Network.HIM);
        fixture.signIn(himPerson);
        assertNotFound(() -> membership.join(onRequest, ""));
        fixture.signIn(circle.outsider());
        long byInvitation = fixture.group("Invited only", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.INVITATION, circle.lead());
        fixture.signIn(circle.outsider());
        assertRefused(() -> membership.join(byInvitation, ""), "workgroup.problem.invitation-only");
    }

    @Test
    void invitationIsAcceptedOnceByTheInvitedAddressOnly() {
        String invitee = fixture.person("Ines Invitee", Network.HIM);
        fixture.signIn(circle.lead());
        membership.invite(circle.group(), invitee, Language.ENGLISH);
        assertThat(Outbox.templatesFor(jdbc, invitee)).containsExactly("workgroup-invitation");
        String secret = secretIn(Outbox.latestBody(jdbc, invitee));

        fixture.signIn(circle.outsider());
        assertRefused(() -> membership.acceptInvitation(secret), "workgroup.invitation.other-address");
        assertRefused(() -> membership.acceptInvitation("guessed-" + secret), "workgroup.invitation.invalid");
        assertThat(discussions.thread(thread)).isEmpty();

        fixture.signIn(invitee);
        assertThat(membership.acceptInvitation(secret)).isEqualTo(fixture.slug(circle.group()));
        assertThat(discussions.thread(thread)).isPresent();
        assertRefused(() -> membership.acceptInvitation(secret), "workgroup.invitation.used");
    }

    @Test
    void expiredInvitationOrOneOfAnArchivedGroupIsRefused() {
        String invitee = fixture.person("Egon Expired", Network.GKNHE);
        fixture.signIn(circle.lead());
        membership.invite(circle.group(), invitee, Language.FRENCH);
        String expired = secretIn(Outbox.latestBody(jdbc, invitee));
        clock.advance(Duration.ofDays(15));
        fixture.signIn(invitee);
        assertRefused(() -> membership.acceptInvitation(expired), "workgroup.invitation.expired");

        fixture.signIn(circle.lead());
        membership.invite(circle.group(), invitee, Language.ENGLISH);
        String late = secretIn(Outbox.latestBody(jdbc, invitee));
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(circle.group());
        fixture.signIn(invitee);
        assertRefused(() -> membership.acceptInvitation(late), "workgroup.invitation.invalid");
        assertThat(discussions.thread(thread)).isEmpty();
    }

    @Test
    void onlyALeadOfThisGroupInvites() {
        fixture.signIn(circle.member());
        assertRefused(() -> membership.invite(circle.group(), "friend@example.net", Language.ENGLISH),
                "workgroup.problem.leads-only");
        fixture.signIn(other.lead());
        assertNotFound(() -> membership.invite(circle.group(), "friend@example.net", Language.ENGLISH));
        assertThat(Outbox.templatesFor(jdbc, "friend@example.net")).isEmpty();
    }

    @Test
    void dashboardShowsDiscussionsOfOwnGroupsOnlyAndRequestsToTheirLeads() {
        long onRequest = fixture.group("Dashboard", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.REQUEST,
                circle.lead());
        fixture.signIn(circle.outsider());
        membership.join(onRequest, "");
        var asMember = fixture.user(circle.member());
        var asOutsider = fixture.user(circle.outsider());
        var asLead = fixture.user(circle.lead());
        var asOtherLead = fixture.user(other.lead());
        assertThat(dashboard.news(asMember)).extracting(i -> i.link())
                .contains("groups/" + fixture.slug(circle.group()) + "?thread=" + thread);
        assertThat(dashboard.news(asOutsider)).extracting(i -> i.arguments().getFirst()).doesNotContain("Budget");
        assertThat(dashboard.tasks(asLead)).singleElement()
                .satisfies(i -> assertThat(i.link()).isEqualTo("groups/" + fixture.slug(onRequest)));
        assertThat(dashboard.tasks(asOtherLead)).isEmpty();
    }

    static String secretIn(String body) {
        Matcher m = Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("invitation link in " + body).isTrue();
        return m.group(1);
    }

    private static void assertNotFound(ThrowableAssert.ThrowingCallable call) {
        assertRefused(call, "workgroup.problem.not-found");
    }

    private static void assertRefused(ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo(key));
    }
}
