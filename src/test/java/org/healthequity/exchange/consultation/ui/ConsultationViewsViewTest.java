package org.healthequity.exchange.consultation.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.healthequity.exchange.consultation.AdminConsultationRow;
import org.healthequity.exchange.consultation.ConsultationAdministration;
import org.healthequity.exchange.consultation.ConsultationCard;
import org.healthequity.exchange.consultation.ConsultationForm;
import org.healthequity.exchange.consultation.ConsultationScope;
import org.healthequity.exchange.consultation.Consultations;
import org.healthequity.exchange.consultation.EditableConsultation;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The consultation pages as a member, a moderator and the secretariat use them, and as an outsider is refused them. */
class ConsultationViewsViewTest extends ViewTest {

    @Autowired
    private ConsultationAdministration administration;

    @Autowired
    private Consultations consultations;

    @Autowired
    private People people;

    @Test
    void aMemberFindsAnOpenConsultationOfTheirNetworkAndContributesOnItsPage() {
        String member = people.member("View Vera", Network.HIM);
        String title = People.unique("Monitoring priorities");
        long id = published(title, ConsultationScope.NETWORK, Network.HIM);
        login(member);
        navigate("consultations");
        assertThat(_get(H1.class).getText()).isEqualTo("Consultations");
        Grid<ConsultationCard> list = _get(Grid.class);
        assertThat(GridKt._fetch(list, 0, 500)).extracting(ConsultationCard::title).contains(title);

        navigate("consultations/" + id);
        assertThat(_get(H1.class).getText()).isEqualTo(title);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Your contribution (Markdown)")),
                "Start with **wealth** quintiles.");
        _click(_get(Button.class, spec -> spec.withText("Contribute")));

        assertThat(consultations.consultation(id).orElseThrow().contributions()).singleElement()
                .satisfies(c -> assertThat(c.safeHtml()).contains("<strong>wealth</strong>"));
    }

    @Test
    void anEmptyContributionIsRefusedNextToTheField() {
        String member = people.member("Empty Emil", Network.HIM);
        long id = published(People.unique("Empty"), ConsultationScope.NETWORK, Network.HIM);
        login(member);
        navigate("consultations/" + id);
        TextArea body = _get(TextArea.class, spec -> spec.withLabel("Your contribution (Markdown)"));
        _click(_get(Button.class, spec -> spec.withText("Contribute")));
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).isEqualTo("Required.");
    }

    @Test
    void theSecretariatCreatesAConsultationAndPinsASummary() {
        login(People.SECRETARIAT);
        navigate("admin/consultations");
        assertThat(_get(H1.class).getText()).isEqualTo("Consultation administration");
        _click(_get(Button.class, spec -> spec.withText("New consultation")));
        Dialog dialog = _get(Dialog.class);
        String title = People.unique("Data standards");
        _setValue(_get(dialog, TextField.class, spec -> spec.withLabel("Title")), title);
        _setValue(_get(dialog, TextArea.class, spec -> spec.withLabel("Question")), "Which variables?");
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        _setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("Opens")), now.minusHours(1));
        _setValue(_get(dialog, DateTimePicker.class, spec -> spec.withLabel("Closes")), now.plusDays(10));
        _click(_get(dialog, Button.class, spec -> spec.withText("Save")));
        _click(_get(dialog, Button.class, spec -> spec.withText("Publish")));

        Grid<AdminConsultationRow> grid = _get(Grid.class);
        AdminConsultationRow row = GridKt._fetch(grid, 0, 500).stream().filter(r -> r.title().equals(title))
                .findFirst().orElseThrow();
        assertThat(administration.consultation(row.id()).form().network()).isEqualTo(Network.GKNHE);

        navigate("consultations/" + row.id());
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Weekly summary (Markdown)")), "Week one.");
        _click(_get(Button.class, spec -> spec.withText("Pin a weekly summary")));
        assertThat(consultations.consultation(row.id()).orElseThrow().summaries()).hasSize(1);
    }

    @Test
    void aMemberIsDeniedTheAdministrationAndAnOutsiderSeesNoConsultation() {
        String outsider = people.member("Outside Otto", Network.GKNHE);
        long id = published(People.unique("HIM only"), ConsultationScope.NETWORK, Network.HIM);
        login(outsider);
        navigate("admin/consultations");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        navigate("consultations/" + id);
        assertThat(_get(Paragraph.class, spec -> spec.withText(
                "This consultation does not exist or is not open to you.")).isVisible()).isTrue();
        assertThat(_find(TextArea.class)).isEmpty();
    }

    private long published(String title, ConsultationScope scope, Network network) {
        Accounts.signIn(users, People.SECRETARIAT);
        Instant opens = clock.instant().minus(Duration.ofHours(1));
        EditableConsultation draft = administration.create(new ConsultationForm(title, "What first?", "", scope,
                network, null, List.of(), false, opens, opens.plus(Duration.ofDays(7)), List.of()));
        long id = administration.publish(draft.id(), draft.version()).id();
        SecurityContextHolder.clearContext();
        return id;
    }
}
