package org.healthequity.exchange.newsletter.ui;

import java.util.Set;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NewsletterAudiences;
import org.healthequity.exchange.newsletter.ArchivedNewsletter;
import org.healthequity.exchange.newsletter.NewsletterFixture;
import org.healthequity.exchange.newsletter.NewsletterRow;
import org.healthequity.exchange.newsletter.NewsletterStatus;
import org.healthequity.exchange.newsletter.Newsletters;
import org.healthequity.exchange.shared.ui.AccessDeniedView;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The newsletter pages as the secretariat, a member and someone following a link from a newsletter use them. */
class NewsletterViewsViewTest extends ViewTest {

    private static final String HIM = "Health Inequality Monitoring Network";

    @Autowired
    private Newsletters newsletters;

    @Autowired
    private NewsletterAudiences audiences;

    @Autowired
    private NewsletterFixture fixture;

    @Autowired
    private People people;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void theSecretariatSeesTheListAndOpensANewNewsletter() {
        login(People.SECRETARIAT);
        navigate("admin/newsletters");
        assertThat(_get(H1.class).getText()).isEqualTo("Newsletter administration");
        assertThat(_get(Grid.class)).isNotNull();
        _click(_get(Button.class, spec -> spec.withText("New newsletter")));
        assertThat(currentView()).isEqualTo(NewsletterEditorView.class);
        assertThat(_get(Paragraph.class, spec -> spec.withClasses("audience-reach")).getText())
                .startsWith("This audience reaches");
    }

    @Test
    void theSecretariatComposesPreviewsAndSavesADraftForOneNetwork() {
        login(People.SECRETARIAT);
        navigate("admin/newsletters/new");
        String subject = People.unique("Winter update");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject (English)")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (English)")), "Hello **all**.");
        MultiSelectComboBox<Network> networks = _get(MultiSelectComboBox.class, spec -> spec.withLabel("Networks"));
        _setValue(networks, Set.of(Network.HIM));

        _click(_get(Button.class, spec -> spec.withText("Preview")));
        Dialog preview = _get(Dialog.class);
        assertThat(_get(preview, H2.class).getText()).isEqualTo(subject);
        _click(_get(preview, Button.class, spec -> spec.withText("Close")));

        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        NewsletterRow saved = newsletters.page(0, 50).stream().filter(row -> row.subject().equals(subject))
                .findFirst().orElseThrow();
        assertThat(saved.status()).isEqualTo(NewsletterStatus.DRAFT);
        assertThat(newsletters.newsletter(saved.id()).form().audience().networks()).containsExactly(Network.HIM);
        assertThat(_get(Button.class, spec -> spec.withText("Schedule"))).isNotNull();
    }

    @Test
    void startingANewNewsletterFromAnEditedOneLeavesTheEditedOneAsItWas() {
        login(People.SECRETARIAT);
        navigate("admin/newsletters/new");
        String first = People.unique("First");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject (English)")), first);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (English)")), "One.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        long firstId = newsletters.page(0, 50).stream().filter(row -> row.subject().equals(first)).findFirst()
                .orElseThrow().id();

        navigate("admin/newsletters/new");
        String second = People.unique("Second");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject (English)")), second);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (English)")), "Two.");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));

        assertThat(newsletters.newsletter(firstId).form().texts().getFirst().subject()).isEqualTo(first);
        assertThat(newsletters.page(0, 50)).extracting(NewsletterRow::subject).contains(first, second);
    }

    @Test
    void theSecretariatSendsATestToThemselvesWithoutSavingTheNewsletter() {
        login(People.SECRETARIAT);
        navigate("admin/newsletters/new");
        String subject = People.unique("Try out");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Subject (English)")), subject);
        _setValue(_get(TextArea.class, spec -> spec.withLabel("Text (English)")), "Trial **run**.");

        _click(_get(Button.class, spec -> spec.withText("Send a test to myself")));

        assertThat(jdbc.queryForList("select subject from outgoing_mail where lower(recipient) = lower(?)"
                + " and template = 'newsletter-test'", String.class, People.SECRETARIAT)).contains("[Test] " + subject);
        assertThat(newsletters.page(0, 50)).extracting(NewsletterRow::subject).doesNotContain(subject);
        assertThat(currentView()).isEqualTo(NewsletterEditorView.class);
    }

    @Test
    void theSecretariatStopsANewsletterBeingSentAfterConfirming() {
        long id = fixture.sentNow(People.unique("Runaway"), NewsletterFixture.inCountries(Set.of(Network.HIM),
                Set.of("PW")));
        login(People.SECRETARIAT);
        navigate("admin/newsletters/" + id);

        _click(_get(Button.class, spec -> spec.withText("Stop sending")));
        Dialog confirm = _get(Dialog.class);
        _click(_get(confirm, Button.class, spec -> spec.withText("Stop sending")));

        assertThat(newsletters.newsletter(id).status()).isEqualTo(NewsletterStatus.STOPPED);
        assertThat(_find(Paragraph.class)).extracting(Paragraph::getText).anyMatch(t -> t.startsWith("Stopped on "));
        assertThat(_find(Button.class, spec -> spec.withText("Stop sending"))).as("hidden once stopped").isEmpty();
    }

    @Test
    void aDraftWithoutEnglishIsRefusedAtItsField() {
        login(People.SECRETARIAT);
        navigate("admin/newsletters/new");
        _click(_get(Button.class, spec -> spec.withText("Save draft")));
        assertThat(_get(TextField.class, spec -> spec.withLabel("Subject (English)")).isInvalid()).isTrue();
        assertThat(currentView()).isEqualTo(NewsletterEditorView.class);
    }

    @Test
    void aMemberIsDeniedTheSecretariatsPages() {
        login(people.member("Mo Curious", Network.GKNHE));
        navigate("admin/newsletters");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
        navigate("admin/newsletters/new");
        assertThat(currentView()).isEqualTo(AccessDeniedView.class);
    }

    @Test
    void aMemberReadsASentNewsletterOfTheirNetworkInTheArchive() {
        String member = people.member("Ruth Reader", Network.HIM);
        String subject = People.unique("Archive news");
        fixture.sentNow(subject, NewsletterFixture.inCountries(Set.of(Network.HIM), Set.of("NR")));
        fixture.dispatch();
        login(member);
        navigate("newsletters");
        Grid<ArchivedNewsletter> archive = _get(Grid.class);
        ArchivedNewsletter item = GridKt._fetch(archive, 0, 500).stream()
                .filter(row -> row.subject().equals(subject)).findFirst().orElseThrow();
        navigate("newsletters/" + item.id());
        assertThat(_get(H1.class).getText()).isEqualTo(subject);
        assertThat(_get(Html.class).getInnerHtml()).contains("Hello <strong>members</strong>.");
    }

    @Test
    void theUnsubscribePageUnsubscribesOnlyWhenThePersonPressesTheButton() {
        String member = people.member("Ula Leaving", Network.HIM);
        String token = fixture.token(people.id(member), Network.HIM);
        navigate("newsletters/unsubscribe?token=" + token);
        assertThat(subscribed(member)).isTrue();
        Button unsubscribe = _get(Button.class, spec -> spec.withText("Unsubscribe"));
        _click(unsubscribe);
        assertThat(subscribed(member)).isFalse();
        assertThat(_find(Paragraph.class, spec -> spec.withText(
                "You will no longer receive the newsletters of the " + HIM + "."))).hasSize(1);

        navigate("newsletters/unsubscribe?token=" + token.replace(".HIM.", ".GKNHE."));
        assertThat(_find(Button.class, spec -> spec.withText("Unsubscribe"))).isEmpty();
    }

    @Test
    void aMemberTurnsANetworksNewslettersOffOnTheAccountPage() {
        String member = people.member("Ines Choosing", Network.HIM);
        login(member);
        navigate("account");
        Checkbox him = _get(Checkbox.class, spec -> spec.withLabel("Newsletters of the " + HIM));
        assertThat(him.getValue()).isTrue();
        _setValue(him, false);
        assertThat(subscribed(member)).isFalse();
    }

    private boolean subscribed(String email) {
        SecurityContext before = SecurityContextHolder.getContext();
        Accounts.signIn(users, email);
        try {
            return audiences.mySubscriptions().contains(new NewsletterAudiences.Subscription(Network.HIM, true));
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
