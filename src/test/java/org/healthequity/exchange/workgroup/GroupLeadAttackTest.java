package org.healthequity.exchange.workgroup;

import java.time.Duration;
import java.util.List;

import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.member.ProfileForm;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.support.People;
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
    private People people;

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

    @Autowired
    private WorkgroupFixture fixture;
    private String lead;
    private String second;
    private long group;

    @BeforeEach
    void setUp() {
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
        people.withProfile(subject, f -> new ProfileForm("Chief statistician", f.institutionId(), f.country(),
                f.biography(), true, Visibility.MEMBERS, f.institutionVisibility(), f.countryVisibility(),
                f.languagesVisibility(), f.expertiseVisibility(), f.biographyVisibility(), f.languages(),
                f.expertise(), f.photoVisibility()));
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
        return people.withRoles(people.applicant("Olga Outside"), Role.GROUP_LEAD, Role.APPLICANT);
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
