package org.healthequity.exchange.casestudy.ui;

import java.util.List;

import org.healthequity.exchange.casestudy.CaseStudyClearance;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.ClearanceFixture;
import org.healthequity.exchange.casestudy.ClearanceItem;
import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.CountryRef;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The focal point's clearance page, the secretariat's focal points page and the "cleared by" line (ADR 0032). */
class ClearanceViewsViewTest extends ViewTest {

    @Autowired
    ClearanceFixture fixture;

    @Autowired
    CaseStudyClearance clearance;

    @Autowired
    Countries countries;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    private String author;

    @BeforeEach
    void anAuthor() {
        inAnHourOfItsOwn();
        author = people.member("Viewed Author", Network.GKNHE);
    }

    @AfterEach
    void noFocalPointOutlivesTheTest() {
        fixture.forget();
    }

    @Test
    void aFocalPointClearsFromTheirPageAndThePublishedPageSaysWhoCleared() {
        String focalPoint = fixture.focalPoint("Bat Viewer", ClearanceFixture.MONGOLIA);
        long id = fixture.approved(author, ClearanceFixture.naming("Cleared on the page", ClearanceFixture.MONGOLIA));
        login(focalPoint);
        navigate("clearance");

        _click(_get(row(id), Button.class, spec -> spec.withText("Clear")));

        assertThat(status(id)).isEqualTo("PUBLISHED");
        logout();
        navigate("case-studies/" + id);
        assertThat(_find(ListItem.class).stream().map(ListItem::getText))
                .contains("Cleared by the Ministry of Health of Mongolia");
    }

    @Test
    void askingForChangesWithoutACommentIsRefusedNextToTheComment() {
        String focalPoint = fixture.focalPoint("Bat Silent", ClearanceFixture.MONGOLIA);
        long id = fixture.approved(author, ClearanceFixture.naming("No comment", ClearanceFixture.MONGOLIA));
        login(focalPoint);
        navigate("clearance");

        _click(_get(row(id), Button.class, spec -> spec.withText("Ask for changes")));
        _click(_get(Button.class, spec -> spec.withText("Send back to the authors")));

        TextArea comment = _get(TextArea.class, spec -> spec.withLabel("Comments for the authors"));
        assertThat(comment.isInvalid()).isTrue();
        assertThat(comment.getErrorMessage()).isEqualTo("Say what the authors should change.");
        assertThat(status(id)).isEqualTo("AWAITING_CLEARANCE");
    }

    @Test
    void theSecondFocalPointIsToldOfTheFirstsDecisionAndKeepsTheirComment() {
        String first = fixture.focalPoint("Bat Quick", ClearanceFixture.MONGOLIA);
        String second = fixture.focalPoint("Bold Slow", ClearanceFixture.MONGOLIA);
        long id = fixture.approved(author, ClearanceFixture.naming("Raced on the page", ClearanceFixture.MONGOLIA));
        ClearanceItem item = fixture.pending(first, id, ClearanceFixture.MONGOLIA);
        login(second);
        navigate("clearance");
        _click(_get(row(id), Button.class, spec -> spec.withText("Ask for changes")));
        TextArea comment = _get(TextArea.class, spec -> spec.withLabel("Comments for the authors"));
        _setValue(comment, "Please add the provincial figures.");

        Accounts.signIn(users, first);
        clearance.clear(item.id(), item.version());
        login(second);
        _click(_get(Button.class, spec -> spec.withText("Send back to the authors")));

        NotificationsKt.expectNotifications(
                "Another focal point decided this clearance meanwhile. Nothing was changed; your comments are still here.");
        assertThat(_get(TextArea.class, spec -> spec.withLabel("Comments for the authors")).getValue())
                .isEqualTo("Please add the provincial figures.");
        assertThat(status(id)).isEqualTo("PUBLISHED");
    }

    @Test
    void theSecretariatNamesAFocalPoint() {
        String email = people.member("Nara Page", Network.GKNHE);
        login(CaseStudyFixture.SECRETARIAT);
        navigate("admin/clearance");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("Account e-mail")), email);
        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country = _get(ComboBox.class, spec -> spec.withLabel("Country"));
        _setValue(country, countries.find(ClearanceFixture.MONGOLIA, Language.ENGLISH).orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Name focal point")));

        assertThat(clearance.focalPoints()).anyMatch(f -> f.name().equals("Nara Page")
                && f.country().equals(ClearanceFixture.MONGOLIA));
    }

    @Test
    void anUnknownAddressIsRefusedNextToTheField() {
        login(CaseStudyFixture.SECRETARIAT);
        navigate("admin/clearance");
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("Account e-mail"));
        _setValue(email, "nobody-here@example.net");
        @SuppressWarnings("unchecked")
        ComboBox<CountryRef> country = _get(ComboBox.class, spec -> spec.withLabel("Country"));
        _setValue(country, countries.find(ClearanceFixture.BHUTAN, Language.ENGLISH).orElseThrow());
        _click(_get(Button.class, spec -> spec.withText("Name focal point")));

        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("No active account has this address.");
        assertThat(email.getValue()).isEqualTo("nobody-here@example.net");
    }

    @Test
    void aMemberIsDeniedTheFocalPointsPageAndAVisitorIsAskedToSignIn() {
        login(author);
        navigate("admin/clearance");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        navigate("clearance");
        assertThat(currentView()).isEqualTo(ClearanceView.class);
        assertThat(_get(Grid.class).getGenericDataView().getItems().toList()).isEmpty();
        logout();
        navigate("clearance");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }

    /** The actions of the clearance page's row for the case study. */
    @SuppressWarnings("unchecked")
    private static Component row(long caseStudyId) {
        Grid<ClearanceItem> grid = _get(Grid.class);
        List<ClearanceItem> items = grid.getGenericDataView().getItems().toList();
        int index = 0;
        while (items.get(index).caseStudyId() != caseStudyId) {
            index++;
        }
        return _getCellComponent(grid, index, "actions");
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from case_study where id = ?", String.class, id);
    }
}
