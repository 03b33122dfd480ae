package org.healthequity.exchange.workgroup.ui;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.ViewTest;
import org.healthequity.exchange.workgroup.AdminGroupRow;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.MemberRow;
import org.healthequity.exchange.workgroup.ThreadRow;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

/** The group pages as people use them: finding groups, discussing, managing members, proposing and approving. */
class WorkgroupViewsViewTest extends ViewTest {

    @Autowired
    WorkingGroups groups;

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDiscussions discussions;

    @Autowired
    GroupDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private String lead;
    private String member;
    private String outsider;
    private long publicGroup;
    private long privateGroup;

    @BeforeEach
    void setUp() {
        lead = fixture.person("Vera Lead", Network.GKNHE);
        member = fixture.person("Vik Member", Network.GKNHE);
        outsider = fixture.person("Vlad Outsider", Network.GKNHE);
        publicGroup = fixture.group("Open square", Network.GKNHE, GroupVisibility.PUBLIC, JoinPolicy.OPEN, lead);
        privateGroup = fixture.group("Back room", Network.GKNHE, GroupVisibility.PRIVATE, JoinPolicy.INVITATION,
                lead);
        fixture.addMember(privateGroup, lead, member);
    }

    @Test
    void visitorsFindPublicGroupsButNotPrivateOnes() {
        navigate("groups");
        assertThat(_find(Anchor.class, spec -> spec.withText(name(publicGroup)))).hasSize(1);
        assertThat(_find(Anchor.class, spec -> spec.withText(name(privateGroup)))).isEmpty();
        assertThat(_find(Button.class, spec -> spec.withText("Propose a working group"))).isEmpty();
    }

    @Test
    void memberStartsADiscussionAndReplies() {
        login(member);
        navigate("groups/" + fixture.slug(privateGroup));
        assertThat(_get(H1.class).getText()).isEqualTo(name(privateGroup));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject")), "Workplan");
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Message")), "Draft for **June**, @Vera Lead");
        _click(_get(Button.class, spec -> spec.withText("Start the discussion")));

        ThreadRow thread = discussions.threads(privateGroup).getFirst();
        assertThat(thread.title()).isEqualTo("Workplan");
        assertThat(_get(H2.class, spec -> spec.withText("Workplan"))).isNotNull();
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your reply")), "Agreed");
        _click(_get(Button.class, spec -> spec.withText("Post the reply")));
        assertThat(discussions.thread(thread.id()).orElseThrow().posts()).hasSize(2);
    }

    @Test
    void nonMemberGuessingAThreadAddressSeesNothingOfIt() {
        fixture.signIn(member);
        long thread = discussions.start(privateGroup, "Secret plan", "Only for us");
        fixture.signOut();
        login(outsider);
        navigate("groups/" + fixture.slug(privateGroup) + "?thread=" + thread);
        assertThat(_get(H1.class).getText()).isEqualTo("Working group not found");
        assertThat(_find(H2.class, spec -> spec.withText("Secret plan"))).isEmpty();
    }

    @Test
    void visitorJoinsAnOpenGroup() {
        login(outsider);
        navigate("groups/" + fixture.slug(publicGroup));
        _click(_get(Button.class, spec -> spec.withText("Join the group")));
        assertThat(membership.members(publicGroup)).extracting(MemberRow::name).contains("Vlad Outsider");
    }

    @Test
    void leadInvitesAMemberOnTheMembersTabWhoJoinsOnAccepting() {
        login(lead);
        navigate("groups/" + fixture.slug(privateGroup));
        _get(TabSheet.class).setSelectedIndex(2);
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-mail address to invite")), outsider);
        _click(_get(Button.class, spec -> spec.withText("Send the invitation")));
        assertThat(membership.members(privateGroup)).extracting(MemberRow::name).doesNotContain("Vlad Outsider");

        login(outsider);
        navigate("groups/" + fixture.slug(privateGroup) + "?invitation=" + fixture.latestInvitation(outsider));
        _click(_get(Button.class, spec -> spec.withText("Accept the invitation")));
        assertThat(membership.members(privateGroup)).extracting(MemberRow::name).contains("Vlad Outsider");
    }

    @Test
    void steeringCommitteeProposesAndTheSecretariatApproves() {
        login("reviewer@example.org");
        navigate("groups");
        _click(_get(Button.class, spec -> spec.withText("Propose a working group")));
        String name = "Proposed " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Purpose")), "Compare survey methods");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Leads")), lead);
        _click(_get(Button.class, spec -> spec.withText("Send the proposal")));
        assertThat(jdbc.queryForObject("select status from work_group where name = ?", String.class, name))
                .isEqualTo("PROPOSED");

        login(WorkgroupFixture.SECRETARIAT);
        navigate("admin/groups");
        @SuppressWarnings("unchecked")
        Grid<AdminGroupRow> grid = _get(Grid.class);
        int row = 0;
        while (!GridKt._get(grid, row).name().equals(name)) {
            row++;
        }
        var cell = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withText("Approve")));
        assertThat(jdbc.queryForObject("select status from work_group where name = ?", String.class, name))
                .isEqualTo("ACTIVE");
    }

    @Test
    void aProposalWithoutNameOrLeadsIsRefusedNamingTheFieldsWithTheFocusOnTheFirst() {
        login("reviewer@example.org");
        navigate("groups");
        _click(_get(Button.class, spec -> spec.withText("Propose a working group")));
        TextField name = _get(TextField.class, spec -> spec.withLabel("Name"));
        String purpose = "Refused " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Purpose")), purpose);

        assertThat(focusMovedBy(() -> _click(_get(Button.class, spec -> spec.withText("Send the proposal")))))
                .containsExactly(name);

        expectNotifications("Not saved: please correct Name, Leads.");
        TextField leads = _get(TextField.class, spec -> spec.withLabel("Leads"));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Fill in this field.");
        assertThat(leads.getErrorMessage()).isEqualTo("Name at least one lead by e-mail address.");
        assertThat(jdbc.queryForObject("select count(*) from work_group where purpose = ?", Integer.class, purpose))
                .isZero();
    }

    @Test
    void aProposalNamingAnUnknownLeadIsRefusedNextToTheLeadsWithTheFocusThere() {
        login("reviewer@example.org");
        navigate("groups");
        _click(_get(Button.class, spec -> spec.withText("Propose a working group")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), "Unknown lead "
                + UUID.randomUUID().toString().substring(0, 6));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Purpose")), "Compare survey methods");
        TextField leads = _get(TextField.class, spec -> spec.withLabel("Leads"));
        _setValue(leads, "nobody-" + UUID.randomUUID().toString().substring(0, 6) + "@example.net");

        assertThat(focusMovedBy(() -> _click(_get(Button.class, spec -> spec.withText("Send the proposal")))))
                .containsExactly(leads);

        expectNotifications("Not saved: please correct Leads.");
        assertThat(leads.getErrorMessage()).isEqualTo("No active account has this e-mail address.");
    }

    @Test
    void membersFindTheGroupsDocumentsWithTheirVersions() {
        fixture.signIn(lead);
        long document = documents.upload(privateGroup, "Workplan", "Drafts", "workplan.pdf",
                "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
        documents.uploadVersion(document, "workplan-2.pdf",
                "%PDF-1.4\n%2\n".getBytes(StandardCharsets.US_ASCII));
        fixture.signOut();
        login(member);
        navigate("groups/" + fixture.slug(privateGroup));
        _get(TabSheet.class).setSelectedIndex(1);
        assertThat(_find(Anchor.class, spec -> spec.withText("workplan-2.pdf"))).hasSize(1);
        _find(Details.class).forEach(details -> details.setOpened(true));
        assertThat(_find(Anchor.class, spec -> spec.withText("workplan.pdf"))).hasSize(1);
        assertThat(_find(Upload.class)).isNotEmpty();
    }

    @Test
    void invitedPersonAcceptsOnTheGroupPageButNobodyElseCan() {
        fixture.signIn(lead);
        membership.invite(privateGroup, outsider, Language.ENGLISH);
        fixture.signOut();
        String secret = secret(Outbox.latestBody(jdbc, outsider));
        String other = fixture.person("Val Other", Network.GKNHE);

        login(other);
        navigate("groups/" + fixture.slug(privateGroup) + "?invitation=" + secret);
        _click(_get(Button.class, spec -> spec.withText("Accept the invitation")));
        assertThat(jdbc.queryForObject("select count(*) from work_group_member m join account a on a.id = m.account_id"
                + " where m.group_id = ? and a.email = ?", Long.class, privateGroup, other)).isZero();

        login(outsider);
        navigate("groups/" + fixture.slug(privateGroup) + "?invitation=" + secret);
        _click(_get(Button.class, spec -> spec.withText("Accept the invitation")));
        assertThat(membership.members(privateGroup)).extracting(MemberRow::name).contains("Vlad Outsider");
        assertThat(_get(H1.class).getText()).isEqualTo(name(privateGroup));
    }

    @Test
    void secretariatCreatesAGroupDirectlyAndArchivesIt() {
        login(WorkgroupFixture.SECRETARIAT);
        navigate("admin/groups");
        _click(_get(Button.class, spec -> spec.withText("Create a working group")));
        String name = "Created " + UUID.randomUUID().toString().substring(0, 6);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name")), name);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Purpose")), "Write the annual report");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Leads")), lead + ", " + member);
        _click(_find(Button.class, spec -> spec.withText("Create a working group")).getLast());
        assertThat(jdbc.queryForObject("select status from work_group where name = ?", String.class, name))
                .isEqualTo("ACTIVE");

        @SuppressWarnings("unchecked")
        Grid<AdminGroupRow> grid = _get(Grid.class);
        int row = 0;
        while (!GridKt._get(grid, row).name().equals(name)) {
            row++;
        }
        var cell = GridKt._getCellComponent(grid, row, "actions");
        _click(_get(cell, Button.class, spec -> spec.withText("Archive")));
        assertThat(jdbc.queryForObject("select status from work_group where name = ?", String.class, name))
                .isEqualTo("ARCHIVED");
    }

    private static String secret(String body) {
        Matcher m = Pattern.compile("invitation=([A-Za-z0-9_-]+)").matcher(body);
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void membersCannotOpenTheAdministration() {
        login(member);
        navigate("admin/groups");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    private String name(long groupId) {
        return jdbc.queryForObject("select name from work_group where id = ?", String.class, groupId);
    }
}
