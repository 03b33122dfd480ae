package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.util.List;

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
import org.springframework.security.core.userdetails.UserDetailsService;

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
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private String lead;
    private String member;
    private String outsider;
    private String otherLead;
    private long group;
    private long otherGroup;
    private long thread;
    private long reply;

    @BeforeEach
    void setUp() {
        lead = fixture.person("Lena Lead", Network.GKNHE);
        member = fixture.person("Milo Member", Network.GKNHE);
        outsider = fixture.person("Olga Outsider", Network.GKNHE);
        otherLead = fixture.person("Otto Otherlead", Network.GKNHE);
        group = fixture.group("Private circle", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        otherGroup = fixture.group("Other circle", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN, otherLead);
        fixture.addMember(group, lead, member);
        fixture.signIn(member);
        thread = discussions.start(group, "Budget", "First draft of the budget");
        reply = discussions.reply(thread, "A reply");
        fixture.signOut();
    }

    @Test
    void proposalIsInvisibleUntilTheSecretariatApprovesItAndThenOpensWithItsLeads() {
        fixture.signIn("reviewer@example.org");
        long proposed = groups.propose(WorkgroupFixture.form("Equity metrics", Network.HIM, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN, lead));
        assertThat(groups.myProposals()).extracting(GroupCard::id).contains(proposed);
        assertThatThrownBy(() -> groups.approve(proposed)).isInstanceOf(AccessDeniedException.class);
        fixture.signIn(lead);
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).doesNotContain(proposed);
        assertThatThrownBy(() -> membership.members(proposed)).isInstanceOf(Refused.class);
        fixture.signIn(member);
        assertThatThrownBy(() -> groups.propose(WorkgroupFixture.form("Mine", Network.HIM, GroupVisibility.PUBLIC,
                JoinPolicy.OPEN, lead))).isInstanceOf(AccessDeniedException.class);

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.approve(proposed);
        assertThatThrownBy(() -> groups.approve(proposed)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("workgroup.problem.status-changed"));
        fixture.signOut();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(proposed);
        assertThat(membership.members(proposed)).singleElement()
                .satisfies(m -> assertThat(m.role()).isEqualTo(GroupRole.LEAD));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(portalRoles(lead))
                .contains("GROUP_LEAD"));
    }

    @Test
    void promotedMemberIsGrantedThePortalRoleOfGroupLead() {
        assertThat(portalRoles(member)).doesNotContain("GROUP_LEAD");
        fixture.signIn(lead);
        membership.promote(group, fixture.accountId(member));
        fixture.signOut();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(portalRoles(member))
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
        long network = fixture.group("Network only", Network.GKNHE, GroupVisibility.NETWORK, JoinPolicy.OPEN, lead);
        String networkSlug = fixture.slug(network);
        String privateSlug = fixture.slug(group);
        String publicSlug = fixture.slug(otherGroup);

        assertThat(groups.group(publicSlug)).isPresent();
        assertThat(groups.group(networkSlug)).isEmpty();
        assertThat(groups.group(privateSlug)).isEmpty();

        fixture.signIn(himPerson);
        assertThat(groups.group(networkSlug)).isEmpty();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(otherGroup)
                .doesNotContain(network, group);

        fixture.signIn(outsider);
        assertThat(groups.group(networkSlug)).isPresent();
        assertThat(groups.group(privateSlug)).isEmpty();

        fixture.signIn(member);
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
        for (String reader : List.of(member, lead, WorkgroupFixture.SECRETARIAT)) {
            fixture.signIn(reader);
            assertThat(discussions.thread(thread)).as(reader).hasValueSatisfying(t ->
                    assertThat(t.posts()).hasSize(2));
            assertThat(discussions.threads(group)).as(reader).extracting(ThreadRow::id).containsExactly(thread);
            assertThat(discussions.activity(group)).as(reader).isNotEmpty();
            assertThat(membership.members(group)).as(reader).hasSize(2);
            assertThat(discussions.history(reply)).as(reader).isEmpty();
        }
        for (String stranger : List.of(outsider, otherLead)) {
            fixture.signIn(stranger);
            assertThat(discussions.thread(thread)).as(stranger).isEmpty();
            assertNotFound(() -> discussions.threads(group));
            assertNotFound(() -> discussions.activity(group));
            assertNotFound(() -> membership.members(group));
            assertNotFound(() -> discussions.history(reply));
            assertNotFound(() -> discussions.reply(thread, "Let me in"));
            assertNotFound(() -> discussions.start(group, "Mine", "Text"));
            assertNotFound(() -> discussions.edit(reply, 0, "Changed"));
            assertNotFound(() -> discussions.delete(reply));
            assertNotFound(() -> discussions.pin(thread, true));
            assertNotFound(() -> discussions.flag(reply, "Spam"));
            assertNotFound(() -> membership.remove(group, fixture.accountId(member)));
            assertNotFound(() -> membership.promote(group, fixture.accountId(member)));
            assertNotFound(() -> membership.demote(group, fixture.accountId(lead)));
            assertNotFound(() -> membership.pendingRequests(group));
            assertNotFound(() -> membership.invite(group, "friend@example.net", Language.ENGLISH));
            assertNotFound(() -> membership.join(group, ""));
        }
        fixture.signOut();
        assertThat(discussions.thread(thread)).isEmpty();
        assertNotFound(() -> discussions.threads(group));
    }

    @Test
    void onlyLeadsOfThisGroupManageItsMembersAndPinsWhileMembersMayNot() {
        long memberId = fixture.accountId(member);
        fixture.signIn(member);
        assertRefused(() -> membership.promote(group, memberId), "workgroup.problem.leads-only");
        assertRefused(() -> membership.invite(group, outsider, Language.ENGLISH), "workgroup.problem.leads-only");
        assertRefused(() -> membership.demote(group, fixture.accountId(lead)), "workgroup.problem.leads-only");
        assertRefused(() -> discussions.pin(thread, true), "workgroup.problem.leads-only");
        fixture.signIn(otherLead);
        assertThatThrownBy(() -> membership.invite(group, outsider, Language.ENGLISH))
                .isInstanceOf(Refused.class);

        fixture.signIn(lead);
        discussions.pin(thread, true);
        membership.promote(group, memberId);
        assertThat(membership.members(group)).allSatisfy(m -> assertThat(m.role()).isEqualTo(GroupRole.LEAD));
        membership.demote(group, memberId);
        assertRefused(() -> membership.demote(group, fixture.accountId(lead)), "workgroup.problem.last-lead");
        membership.remove(group, memberId);
        assertRefused(() -> membership.leave(group), "workgroup.problem.last-lead");
        fixture.signIn(member);
        assertThat(discussions.thread(thread)).isEmpty();

        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        discussions.pin(thread, false);
        fixture.addMember(group, WorkgroupFixture.SECRETARIAT, member);
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThat(membership.members(group)).hasSize(2);
    }

    @Test
    void authorEditsWithHistoryAndAuthorOrLeadDeletesButNotAnotherMember() {
        String second = fixture.person("Sam Second", Network.GKNHE);
        fixture.addMember(group, lead, second);
        fixture.signIn(second);
        assertRefused(() -> discussions.edit(reply, 0, "Hijack"), "workgroup.problem.authors-only");
        assertRefused(() -> discussions.delete(reply), "workgroup.problem.authors-or-leads");

        fixture.signIn(member);
        discussions.edit(reply, 0, "A better reply");
        assertRefused(() -> discussions.edit(reply, 0, "Stale"), "workgroup.problem.changed");
        assertThat(discussions.history(reply)).singleElement()
                .satisfies(h -> assertThat(h.html()).contains("A reply"));

        fixture.signIn(lead);
        discussions.delete(reply);
        assertThat(discussions.thread(thread)).hasValueSatisfying(t ->
                assertThat(t.posts().get(1).deleted()).isTrue());
        long opening = discussions.thread(thread).orElseThrow().posts().getFirst().id();
        fixture.signIn(member);
        discussions.delete(opening);
        assertThat(discussions.thread(thread)).isEmpty();
    }

    @Test
    void archivedGroupIsReadOnlyAndFoundOnlyByItsMembers() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(otherGroup);
        groups.archive(group);
        fixture.signIn(member);
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).contains(group).doesNotContain(otherGroup);
        assertThat(discussions.thread(thread)).hasValueSatisfying(t -> assertThat(t.canReply()).isFalse());
        assertRefused(() -> discussions.reply(thread, "Too late"), "workgroup.problem.archived");
        assertRefused(() -> membership.leave(group), "workgroup.problem.archived");
        fixture.signIn(outsider);
        assertThat(groups.group(fixture.slug(otherGroup))).isEmpty();
        assertThat(groups.visibleGroups()).extracting(GroupCard::id).doesNotContain(otherGroup, group);
    }

    @Test
    void joinPoliciesOpenOnRequestAndByInvitation() {
        fixture.signIn(outsider);
        assertThat(membership.join(otherGroup, "")).isEqualTo(JoinOutcome.JOINED);
        assertRefused(() -> membership.join(otherGroup, ""), "workgroup.problem.already-member");

        long onRequest = fixture.group("Ask first", Network.GKNHE, GroupVisibility.NETWORK, JoinPolicy.REQUEST, lead);
        fixture.signIn(outsider);
        assertThat(membership.join(onRequest, "I work on this")).isEqualTo(JoinOutcome.REQUESTED);
        assertRefused(() -> membership.join(onRequest, ""), "workgroup.problem.already-requested");
        assertThat(groups.group(fixture.slug(onRequest))).hasValueSatisfying(p -> {
            assertThat(p.requestPending()).isTrue();
            assertThat(p.canPost()).isFalse();
        });

        fixture.signIn(otherLead);
        long requestId = jdbc.queryForObject("select id from work_group_join_request where group_id = ?", Long.class,
                onRequest);
        assertThatThrownBy(() -> membership.decideRequest(requestId, true)).isInstanceOf(Refused.class);
        fixture.signIn(lead);
        assertThat(membership.pendingRequests(onRequest)).singleElement()
                .satisfies(r -> assertThat(r.message()).isEqualTo("I work on this"));
        membership.decideRequest(requestId, true);
        assertThat(membership.members(onRequest)).extracting(MemberRow::name).contains("Olga Outsider");

        String himPerson = fixture.person("Hugo Him", Network.HIM);
        fixture.signIn(himPerson);
        assertNotFound(() -> membership.join(onRequest, ""));
        fixture.signIn(outsider);
        long byInvitation = fixture.group("Invited only", Network.GKNHE, GroupVisibility.PUBLIC,
                JoinPolicy.INVITATION, lead);
        fixture.signIn(outsider);
        assertRefused(() -> membership.join(byInvitation, ""), "workgroup.problem.invitation-only");
    }

    @Test
    void invitationIsAcceptedOnceByTheInvitedAddressOnly() {
        String invitee = fixture.person("Ines Invitee", Network.HIM);
        fixture.signIn(lead);
        membership.invite(group, invitee, Language.ENGLISH);
        assertThat(Outbox.templatesFor(jdbc, invitee)).containsExactly("workgroup-invitation");
        String secret = secretIn(Outbox.latestBody(jdbc, invitee));

        fixture.signIn(outsider);
        assertRefused(() -> membership.acceptInvitation(secret), "workgroup.invitation.other-address");
        assertRefused(() -> membership.acceptInvitation("guessed-" + secret), "workgroup.invitation.invalid");
        assertThat(discussions.thread(thread)).isEmpty();

        fixture.signIn(invitee);
        assertThat(membership.acceptInvitation(secret)).isEqualTo(fixture.slug(group));
        assertThat(discussions.thread(thread)).isPresent();
        assertRefused(() -> membership.acceptInvitation(secret), "workgroup.invitation.used");
    }

    @Test
    void expiredInvitationOrOneOfAnArchivedGroupIsRefused() {
        String invitee = fixture.person("Egon Expired", Network.GKNHE);
        fixture.signIn(lead);
        membership.invite(group, invitee, Language.FRENCH);
        String expired = secretIn(Outbox.latestBody(jdbc, invitee));
        clock.advance(Duration.ofDays(15));
        fixture.signIn(invitee);
        assertRefused(() -> membership.acceptInvitation(expired), "workgroup.invitation.expired");

        fixture.signIn(lead);
        membership.invite(group, invitee, Language.ENGLISH);
        String late = secretIn(Outbox.latestBody(jdbc, invitee));
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(group);
        fixture.signIn(invitee);
        assertRefused(() -> membership.acceptInvitation(late), "workgroup.invitation.invalid");
        assertThat(discussions.thread(thread)).isEmpty();
    }

    @Test
    void onlyALeadOfThisGroupInvites() {
        fixture.signIn(member);
        assertRefused(() -> membership.invite(group, "friend@example.net", Language.ENGLISH),
                "workgroup.problem.leads-only");
        fixture.signIn(otherLead);
        assertNotFound(() -> membership.invite(group, "friend@example.net", Language.ENGLISH));
        assertThat(Outbox.templatesFor(jdbc, "friend@example.net")).isEmpty();
    }

    @Test
    void dashboardShowsDiscussionsOfOwnGroupsOnlyAndRequestsToTheirLeads() {
        long onRequest = fixture.group("Dashboard", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.REQUEST, lead);
        fixture.signIn(outsider);
        membership.join(onRequest, "");
        var asMember = (org.healthequity.exchange.shared.security.ExchangeUser) users.loadUserByUsername(member);
        var asOutsider = (org.healthequity.exchange.shared.security.ExchangeUser) users.loadUserByUsername(outsider);
        var asLead = (org.healthequity.exchange.shared.security.ExchangeUser) users.loadUserByUsername(lead);
        var asOtherLead = (org.healthequity.exchange.shared.security.ExchangeUser) users.loadUserByUsername(otherLead);
        assertThat(dashboard.news(asMember)).extracting(i -> i.link())
                .contains("groups/" + fixture.slug(group) + "?thread=" + thread);
        assertThat(dashboard.news(asOutsider)).extracting(i -> i.arguments().getFirst()).doesNotContain("Budget");
        assertThat(dashboard.tasks(asLead)).singleElement()
                .satisfies(i -> assertThat(i.link()).isEqualTo("groups/" + fixture.slug(onRequest)));
        assertThat(dashboard.tasks(asOtherLead)).isEmpty();
    }

    static String secretIn(String body) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).as("invitation link in " + body).isTrue();
        return m.group(1);
    }

    private static void assertNotFound(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertRefused(call, "workgroup.problem.not-found");
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
        assertThatThrownBy(call).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo(key));
    }
}
