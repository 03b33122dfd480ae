package org.healthequity.exchange.member.ui;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import org.healthequity.exchange.member.AccountService;
import org.healthequity.exchange.member.AdminMemberRow;
import org.healthequity.exchange.member.CountryCoverage;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.MemberAdministration;
import org.healthequity.exchange.member.MemberCard;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkRole;
import org.healthequity.exchange.member.Registration;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static org.assertj.core.api.Assertions.assertThat;

class MembersViewsViewTest extends ViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    People people;

    /** Names and institutions of this test alone: the directory also lists the demo members and other tests'. */
    private final String marker = UUID.randomUUID().toString().substring(0, 8);

    /**
     * A HIM member listed in the directory, with the title (seen by whom the test says) and the institution (seen by
     * members only); returns the address.
     */
    private String listed(String name, String title, Visibility titleSeenBy, String institution) {
        long institutionId = people.institution(institution, "IN");
        return people.withProfile(people.member(name, Network.HIM), f -> People.listed(People.atInstitution(
                People.titled(f, title, titleSeenBy), institutionId), true));
    }

    @Test
    void visitorsBrowseThePublicPartOfTheDirectory() {
        listed("Priya Listed " + marker, "Joint Secretary", Visibility.MEMBERS, "Ministry of Health " + marker);
        people.member("Hamid Unlisted " + marker, Network.HIM);
        listed("Ingrid Public " + marker, "Senior Statistician", Visibility.PUBLIC, "Statistics Office " + marker);
        navigate("members");
        @SuppressWarnings("unchecked")
        Grid<MemberCard> grid = _get(Grid.class);
        assertThat(_size(grid)).isGreaterThanOrEqualTo(2);
        List<MemberCard> rows = IntStream.range(0, _size(grid))
                .mapToObj(i -> _get(grid, i)).toList();
        assertThat(rows).extracting(MemberCard::name).contains("Priya Listed " + marker)
                .doesNotContain("Hamid Unlisted " + marker);
        MemberCard priya = rows.stream().filter(c -> c.name().equals("Priya Listed " + marker)).findFirst()
                .orElseThrow();
        assertThat(priya.title()).as("a members-only field never reaches a visitor").isNull();
        assertThat(priya.institutionName()).isNull();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Search by name")), "Ingrid Public " + marker);
        assertThat(_size(grid)).isEqualTo(1);
        assertThat(_get(grid, 0).title()).isEqualTo("Senior Statistician");
    }

    @Test
    void theDirectorysSelectFiltersGetTheirChoicesWhenFirstOpened() {
        navigate("members");
        @SuppressWarnings("unchecked")
        Select<Network> network = _get(Select.class, spec -> spec.withLabel("Network"));
        assertThat(network.getListDataView().getItems()).as("no choice is built for a visitor who only reads")
                .isEmpty();
        assertThat(network.getPlaceholder()).isEqualTo("Any");

        network.getElement().setProperty("opened", true);

        assertThat(network.getListDataView().getItems()).containsExactly(Network.values());
        _setValue(network, Network.values()[0]);
        assertThat(network.getValue()).isEqualTo(Network.values()[0]);
    }

    @Test
    void aMemberOpensAProfileWithTheFieldsMembersMaySee() {
        String priya = listed("Priya Profile " + marker, "Joint Secretary, Health Policy", Visibility.MEMBERS,
                "Ministry of Health and Family Welfare " + marker);
        login(people.member("Rita Reader", Network.HIM));
        navigate("members/" + people.id(priya));
        assertThat(_get(H1.class).getText()).isEqualTo("Priya Profile " + marker);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("Joint Secretary, Health Policy");
        assertThat(_find(Anchor.class).stream().map(Anchor::getText))
                .contains("Ministry of Health and Family Welfare " + marker);
    }

    @Test
    void aVisitorOpeningAMembersOnlyProfileSeesOnlyTheName() {
        String priya = listed("Priya Visited " + marker, "Joint Secretary, Health Policy", Visibility.MEMBERS,
                "Ministry of Health " + marker);
        navigate("members/" + people.id(priya));
        assertThat(_get(H1.class).getText()).isEqualTo("Priya Visited " + marker);
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .doesNotContain("Joint Secretary, Health Policy");
        assertThat(_find(Anchor.class).stream().map(Anchor::getHref)).noneMatch(h -> h.startsWith("mailto:"));
    }

    @Test
    void aPersonOutsideTheDirectoryIsNotFoundByOthers() {
        String hidden = people.member("Li Hidden", Network.HIM);
        login(people.member("Rita Reader", Network.HIM));
        navigate("members/" + people.id(hidden));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This person is not in the directory.");
        navigate("members/not-a-number");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("This person is not in the directory.");
    }

    @Test
    void anInstitutionPageListsItsRepresentatives() {
        String institution = "Statistical Service " + marker;
        long institutionId = people.institution(institution, "IN");
        people.withProfile(people.member("Kwame Representative " + marker, Network.HIM),
                f -> People.listed(People.atInstitution(f, institutionId, Visibility.PUBLIC), true));
        navigate("institutions/" + institutionId);
        assertThat(_get(H1.class).getText()).isEqualTo(institution);
        assertThat(_find(Anchor.class).stream().map(Anchor::getText)).contains("Kwame Representative " + marker);
        navigate("institutions/abc");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .contains("There is no institution at this address.");
    }

    @Test
    void aPersonOptsIntoTheDirectoryFromTheirProfile() {
        String email = people.member("Opal Optin", Network.HIM);
        login(email);
        navigate("my/profile");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Title or position")), "Community health worker");
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show me in the members directory")), true);
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        expectNotifications("Your profile has been saved.");
        assertThat(jdbc.queryForObject("""
                select title from profile p join account a on a.id = p.account_id
                where a.email = ? and p.in_directory""", String.class, email))
                .isEqualTo("Community health worker");
    }

    /** The other tab saves through the service, as a person would: search hears of it like of any save. */
    @Test
    void aSaveOverANewerVersionKeepsWhatWasTyped() {
        String email = people.withProfile(people.member("Tabitha Twotabs", Network.HIM),
                f -> People.titled(f, "First title", Visibility.PUBLIC));
        login(email);
        navigate("my/profile");
        TextField title = _get(TextField.class, spec -> spec.withLabel("Title or position"));
        people.withProfile(email, f -> People.titled(f, "Changed elsewhere", Visibility.PUBLIC));
        _setValue(title, "Typed in this tab");
        _click(_get(Button.class, spec -> spec.withText("Save profile")));
        assertThat(title.getValue()).isEqualTo("Typed in this tab");
        assertThat(jdbc.queryForObject("select title from profile where account_id = (select id from account"
                + " where email = ?)", String.class, email)).isEqualTo("Changed elsewhere");
    }

    @Test
    void theSecretariatSeesCoverageWithGapsFirst() {
        login("secretariat@example.org");
        navigate("admin/coverage");
        @SuppressWarnings("unchecked")
        Grid<CountryCoverage> countries = _find(Grid.class).get(1);
        assertThat(_size(countries)).isEqualTo(194);
        assertThat(_get(countries, 0).uncovered()).isTrue();
        _setValue(_get(Checkbox.class, spec -> spec.withLabel("Show only Member States without members")), true);
        assertThat(_size(countries)).isLessThan(194).isGreaterThan(100);
        for (int i = 0; i < _size(countries); i++) {
            assertThat(_get(countries, i).uncovered()).isTrue();
        }
    }

    @Test
    void theSecretariatInvitesAndKeepsNotes() {
        people.member("Priya Noted " + marker, Network.HIM);
        login("secretariat@example.org");
        navigate("admin/members");
        String invitee = uniqueEmail("invited-by-view");
        _setValue(_get(EmailField.class,
                spec -> spec.withLabel("Invite by e-mail address")), invitee);
        _click(_get(Button.class, spec -> spec.withText("Send invitation")));
        expectNotifications("Invitation sent to " + invitee + ".");
        assertThat(jdbc.queryForList("select template from outgoing_mail where recipient = ?", String.class, invitee))
                .containsExactly("invitation");

        _setValue(_get(TextField.class, spec -> spec.withLabel("Filter by name or e-mail address")),
                "Priya Noted " + marker);
        @SuppressWarnings("unchecked")
        Grid<AdminMemberRow> grid = _get(Grid.class);
        assertThat(_size(grid)).isEqualTo(1);
        grid.select(_get(grid, 0));
        _setValue(_get(TextArea.class, spec -> spec.withLabel("New note")),
                "Prefers calls in the morning, India time.");
        _click(_get(Button.class, spec -> spec.withText("Add note")));
        assertThat(_find(ListItem.class).stream()
                .map(ListItem::getText))
                .anyMatch(t -> t.endsWith("Prefers calls in the morning, India time."));
    }

    @Test
    void anInvitationWithoutAnAddressOrANoteWithoutTextIsRefusedWhereThePersonLooksWithTheFocusOnTheField() {
        people.member("Ravi Refused " + marker, Network.HIM);
        login("secretariat@example.org");
        navigate("admin/members");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Invite by e-mail address"));
        assertThat(email.isRequiredIndicatorVisible()).isTrue();

        assertThat(focusMovedBy(() -> _click(_get(Button.class, spec -> spec.withText("Send invitation")))))
                .containsExactly(email);
        expectNotifications("Not saved: please correct Invite by e-mail address.");
        assertThat(email.isInvalid()).isTrue();

        _setValue(_get(TextField.class, spec -> spec.withLabel("Filter by name or e-mail address")),
                "Ravi Refused " + marker);
        @SuppressWarnings("unchecked")
        Grid<AdminMemberRow> grid = _get(Grid.class);
        grid.select(_get(grid, 0));
        TextArea note = _get(TextArea.class, spec -> spec.withLabel("New note"));
        assertThat(focusMovedBy(() -> _click(_get(Button.class, spec -> spec.withText("Add note")))))
                .containsExactly(note);
        expectNotifications("Not saved: please correct New note.");
        assertThat(jdbc.queryForObject("select count(*) from staff_note n join account a on a.id = n.account_id"
                + " where a.display_name = ?", Integer.class, "Ravi Refused " + marker)).isZero();
    }

    @Test
    void suspendingOnesOwnAccountIsRefusedWithItsReasonAndNothingChanges() {
        login("secretariat@example.org");
        navigate("admin/members");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Filter by name or e-mail address")),
                "secretariat@example.org");
        @SuppressWarnings("unchecked")
        Grid<AdminMemberRow> grid = _get(Grid.class);
        grid.select(_get(grid, 0));

        _click(_get(Button.class, spec -> spec.withText("Suspend account")));

        expectNotifications("You cannot suspend your own account.");
        assertThat(jdbc.queryForObject("select status from account where email = 'secretariat@example.org'",
                String.class)).isEqualTo("ACTIVE");
    }

    @Test
    void theImportPageShowsTheReportAndImportsOnlyAFileWithoutProblems() {
        login("secretariat@example.org");
        navigate("admin/members/import");
        ImportMembersView view = _get(ImportMembersView.class);
        Button submit = _get(Button.class, spec -> spec.withText("Import nobody"));
        view.preview("email,name,country\nbad-address,Someone,KE\n".getBytes(StandardCharsets.UTF_8));
        assertThat(submit.isEnabled()).isFalse();
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText)).contains("1 line read, 1 with problems.");

        String email = uniqueEmail("view-import");
        view.preview(("email,name,country\n" + email + ",View Import,KE\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(submit.isEnabled()).isTrue();
        assertThat(submit.getText()).isEqualTo("Import 1 person");
        _click(submit);
        expectNotifications("1 person was added. Each received a mail to choose a password.");
        assertThat(jdbc.queryForObject("select status from account where email = ?", String.class, email))
                .isEqualTo("PENDING");
    }

    @Test
    void visitorsReadAboutBothNetworksAndTheirTerms() {
        navigate("networks");
        assertThat(_find(H2.class).stream()
                .map(H2::getText))
                .containsExactly("Global Knowledge Network for Health Equity", "Health Inequality Monitoring Network",
                        "Where our members are");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Core principles: technical excellence"));
        assertThat(_find(Upload.class)).as("only the secretariat uploads").isEmpty();
    }

    @Test
    void theSecretariatAddsAnInstitutionAndFixesAMistakeNextToTheField() {
        login("secretariat@example.org");
        navigate("admin/institutions");
        String name = "Kenya National Bureau of Statistics " + System.nanoTime();
        _setValue(_get(TextField.class, spec -> spec.withLabel("Name of the institution")), name);
        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country =
                _get(ComboBox.class, spec -> spec.withLabel("Country"));
        _setValue(country, country.getListDataView().getItems().filter(c -> c.iso2().equals("KE")).findFirst()
                .orElseThrow());
        TextField website = _get(TextField.class, spec -> spec.withLabel("Website"));
        _setValue(website, "javascript:alert(1)");
        _click(_get(Button.class, spec -> spec.withText("Save institution")));
        assertThat(website.isInvalid()).isTrue();
        expectNotifications("Not saved: please correct Website.");
        NotificationsKt.clearNotifications();
        assertThat(_get(TextField.class, spec -> spec.withLabel("Name of the institution")).getValue()).isEqualTo(name);

        _setValue(website, "https://www.knbs.or.ke");
        _click(_get(Button.class, spec -> spec.withText("Save institution")));
        expectNotifications("The institution has been saved.");
        assertThat(jdbc.queryForObject("select country from institution where name = ?", String.class, name))
                .isEqualTo("KE");
    }

    @Test
    void theInvitedPersonAcceptsAndJoinsTheNetwork() {
        String invitee = uniqueEmail("joins");
        var accounts = context.getBean(AccountService.class);
        accounts.register(new Registration("Joining Person", invitee,
                Language.ENGLISH));
        accounts.confirmEmail(Outbox.latestToken(jdbc, invitee),
                "a long walk to Geneva");
        login("secretariat@example.org");
        context.getBean(MemberAdministration.class).invite(invitee,
                Network.GKNHE, NetworkRole.MEMBER,
                Language.ENGLISH);
        String token = Outbox.latestToken(jdbc, invitee);

        ExchangeUser joining = login(invitee);
        navigate("invitations/accept?token=" + token);
        _click(_get(Button.class, spec -> spec.withText("Accept the invitation")));
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("Welcome! You are now a member of the network."));
        assertThat(jdbc.queryForObject("select network from network_membership where account_id = ?", String.class,
                joining.accountId())).isEqualTo("GKNHE");
    }

    @Test
    void aVisitorOpeningAnInvitationIsAskedToSignInFirst() {
        navigate("invitations/accept?token=whatever");
        assertThat(_find(Paragraph.class).stream().map(Paragraph::getText))
                .anyMatch(t -> t.startsWith("To accept, sign in"));
    }

    @Test
    void visitorsAreSentToSignInForTheirOwnProfile() {
        navigate("my/profile");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }
}
