package org.healthequity.exchange.casestudy.ui;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.TranslationRequestItem;
import org.healthequity.exchange.casestudy.TranslationRequests;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.Visibility;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.ui.LoginView;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** Asking for a translation on a case study's page, and taking a request on /translations (ADR 0032). */
class TranslationViewsViewTest extends ViewTest {

    @Autowired
    CaseStudyFixture caseStudies;

    @Autowired
    TranslationRequests requests;

    @Autowired
    People people;

    @Autowired
    JdbcTemplate jdbc;

    private long id;

    @BeforeEach
    void aPublishedCaseStudy() {
        inAnHourOfItsOwn();
        id = caseStudies.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Asked for on its page"));
    }

    @Test
    void aSignedInReaderAsksForATranslationOnTheCaseStudysPage() {
        login(people.member("Page Reader", Network.GKNHE));
        navigate("case-studies/" + id);
        _click(_get(Button.class, spec -> spec.withText("Request a translation")));
        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withLabel("Into"));
        _setValue(language, Language.ARABIC);
        _click(_get(Button.class, spec -> spec.withText("Send the request")));

        assertThat(jdbc.queryForObject("select count(*) from translation_request where case_study_id = ?"
                + " and language = 'ar' and status = 'OPEN'", Long.class, id)).isEqualTo(1);
    }

    @Test
    void sendingWithoutALanguageIsRefusedAtTheLanguage() {
        login(people.member("Hasty Reader", Network.GKNHE));
        navigate("case-studies/" + id);
        _click(_get(Button.class, spec -> spec.withText("Request a translation")));
        _click(_get(Button.class, spec -> spec.withText("Send the request")));

        assertThat(_get(Select.class, spec -> spec.withLabel("Into")).isInvalid()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from translation_request where case_study_id = ?",
                Long.class, id)).isZero();
    }

    @Test
    void aTranslatorTakesARequestAndGoesToTheEditor() {
        caseStudies.signIn(people.member("Asker Russian", Network.GKNHE));
        requests.request(id, Language.RUSSIAN);
        String translator = people.withProfile(people.member("Irina Translator", Network.GKNHE),
                f -> People.profile("Translator", null, "KZ", Set.of(Language.RUSSIAN), Set.of(), false,
                        Visibility.MEMBERS));
        login(translator);
        navigate("translations");

        @SuppressWarnings("unchecked")
        Grid<TranslationRequestItem> grid = _get(Grid.class);
        List<TranslationRequestItem> items = grid.getGenericDataView().getItems().toList();
        int row = items.indexOf(items.stream().filter(r -> r.caseStudyId() == id).findFirst().orElseThrow());
        _click((Button) _getCellComponent(grid, row, "actions"));

        assertThat(currentView()).isEqualTo(CaseStudyEditorView.class);
        assertThat(jdbc.queryForObject("select status from translation_request where case_study_id = ?"
                + " and language = 'ru'", String.class, id)).isEqualTo("TAKEN");
    }

    @Test
    void aVisitorHasNoRequestButtonAndIsAskedToSignInForTheRequestsPage() {
        logout();
        navigate("case-studies/" + id);
        assertThat(_find(Button.class, spec -> spec.withText("Request a translation"))).isEmpty();
        navigate("translations");
        assertThat(currentView()).isEqualTo(LoginView.class);
    }
}
