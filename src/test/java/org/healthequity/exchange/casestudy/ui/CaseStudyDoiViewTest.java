package org.healthequity.exchange.casestudy.ui;

import java.util.List;

import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.CaseStudyLibrary;
import org.healthequity.exchange.casestudy.CaseStudyPage;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.textfield.TextField;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The secretariat gives a case study its DOI on the case study's page; everyone else sees it as a link. */
class CaseStudyDoiViewTest extends ViewTest {

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    CaseStudyLibrary library;

    private long id;

    @BeforeEach
    void aPublishedCaseStudy() {
        inAnHourOfItsOwn();
        id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("DOI on the page"));
    }

    @Test
    void secretariatSavesTheDoiWhichVisitorsSeeAsALinkBesideTheCitationDownloads() {
        login(CaseStudyFixture.SECRETARIAT);
        navigate("case-studies/" + id);
        _setValue(_get(TextField.class, spec -> spec.withLabel("DOI")), "https://doi.org/10.5555/On.Page");
        _click(_get(Button.class, spec -> spec.withText("Save the DOI")));

        assertThat(library.caseStudy(id)).map(CaseStudyPage::doi).hasValue("10.5555/on.page");
        logout();
        navigate("case-studies/" + id);
        List<String> links = _find(Anchor.class).stream().map(Anchor::getHref).toList();
        assertThat(links).contains("https://doi.org/10.5555/on.page", "case-studies/" + id + "/cite.bib",
                "case-studies/" + id + "/cite.ris", "case-studies/" + id + "/cite.json");
    }

    @Test
    void malformedDoiIsRefusedNextToTheField() {
        login(CaseStudyFixture.SECRETARIAT);
        navigate("case-studies/" + id);
        TextField doi = _get(TextField.class, spec -> spec.withLabel("DOI"));
        _setValue(doi, "11.5555/not-a-doi");
        _click(_get(Button.class, spec -> spec.withText("Save the DOI")));

        assertThat(doi.isInvalid()).isTrue();
        assertThat(doi.getErrorMessage()).startsWith("This is not a DOI");
        assertThat(library.caseStudy(id)).map(CaseStudyPage::doi).isEmpty();
    }

    @Test
    void authorAndVisitorsHaveNoDoiField() {
        login(CaseStudyFixture.AUTHOR);
        navigate("case-studies/" + id);
        assertThat(_find(TextField.class, spec -> spec.withLabel("DOI"))).isEmpty();
        logout();
        navigate("case-studies/" + id);
        assertThat(_find(TextField.class, spec -> spec.withLabel("DOI"))).isEmpty();
    }
}
