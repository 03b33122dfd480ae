package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.member.DirectoryService;
import org.healthequity.exchange.member.MemberPage;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * People keep the portal role GROUP_LEAD after they stop leading, or use it to reach what only network members may:
 * the member-level fields of the directory and writing case studies.
 */
@Tag("attack")
class GroupLeadAttackTest extends IntegrationTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    DirectoryService directory;

    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    private WorkgroupFixture fixture;
    private String lead;
    private String second;
    private long group;

    @BeforeEach
    void setUp() {
        fixture = new WorkgroupFixture(groups, membership, discussions, users, jdbc);
        lead = fixture.person("Lia Lead", Network.HIM);
        second = fixture.person("Sam Second", Network.HIM);
        group = fixture.group("Leads", Network.HIM, GroupVisibility.NETWORK, JoinPolicy.OPEN, lead);
        fixture.signIn(second);
        membership.join(group, "");
        fixture.signIn(lead);
        membership.promote(group, fixture.accountId(second));
        fixture.signOut();
        awaitGroupLead(second, true);
    }

    @Test
    void removedLeadLosesTheGroupLeadRole() {
        fixture.signIn(lead);
        membership.remove(group, fixture.accountId(second));

        awaitGroupLead(second, false);
    }

    @Test
    void demotedLeadLosesTheGroupLeadRole() {
        fixture.signIn(lead);
        membership.demote(group, fixture.accountId(second));

        awaitGroupLead(second, false);
        assertThat(membership.members(group)).filteredOn(m -> m.accountId() == fixture.accountId(second))
                .singleElement().extracting(MemberRow::role).isEqualTo(GroupRole.MEMBER);
    }

    @Test
    void leadWhoLeftLosesTheGroupLeadRole() {
        fixture.signIn(second);
        membership.leave(group);

        awaitGroupLead(second, false);
    }

    @Test
    void leadsOfAnArchivedGroupLoseTheGroupLeadRole() {
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        groups.archive(group);

        awaitGroupLead(lead, false);
        awaitGroupLead(second, false);
    }

    @Test
    void leadOfAnotherActiveGroupKeepsTheGroupLeadRole() {
        fixture.group("Other", Network.HIM, GroupVisibility.NETWORK, JoinPolicy.OPEN, second);
        fixture.signIn(lead);
        membership.remove(group, fixture.accountId(second));

        // Both events are handled in turn; the answer stays "still leads a group".
        await().pollDelay(Duration.ofMillis(500)).atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> assertThat(roles(second)).contains("GROUP_LEAD"));
    }

    @Test
    void groupLeadWhoIsNotANetworkMemberCannotSeeMemberLevelDirectoryFields() {
        String subject = fixture.person("Dina Directory", Network.GKNHE);
        jdbc.update("""
                insert into profile (account_id, title, in_directory, title_visibility, updated_at)
                values (?, 'Chief statistician', true, 'MEMBERS', now())""", fixture.accountId(subject));
        Accounts.signIn(users, outsideLead());

        MemberPage page = directory.member(fixture.accountId(subject), Language.ENGLISH).orElseThrow();
        assertThat(page.card().title()).isNull();
    }

    @Test
    void groupLeadWhoIsNotANetworkMemberCannotWriteACaseStudy() {
        Accounts.signIn(users, outsideLead());

        assertThatThrownBy(() -> authoring.saveDraft(null, CaseStudyFixture.complete("Not mine to write"), -1, null))
                .isInstanceOf(AccessDeniedException.class);
    }

    /** Someone who leads a group (say, an applicant who joined a public group and was promoted), in no network. */
    private String outsideLead() {
        String email = "outside-lead-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.net";
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, password_hash, status, preferred_language, created_at,
                    confirmed_at) values (?, 'Olga Outside', '{noop}x', 'ACTIVE', 'en', now(), now()) returning id""",
                Long.class, email);
        jdbc.update("insert into account_role (account_id, role) values (?, 'GROUP_LEAD'), (?, 'APPLICANT')", id, id);
        return email;
    }

    private void awaitGroupLead(String email, boolean expected) {
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            if (expected) {
                assertThat(roles(email)).contains("GROUP_LEAD");
            } else {
                assertThat(roles(email)).doesNotContain("GROUP_LEAD");
            }
        });
    }

    private List<String> roles(String email) {
        return jdbc.queryForList("select role from account_role r join account a on a.id = r.account_id"
                + " where lower(a.email) = lower(?)", String.class, email);
    }
}
