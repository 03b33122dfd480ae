package org.healthequity.exchange.opencall.ui;

import java.time.Duration;

import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.select.Select;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** The applicant reads what changed between the versions of their revised application. */
class ApplicationVersionsViewTest extends ViewTest {

    @Autowired
    private OpenCallFixture fixture;

    @Test
    void theApplicantComparesTheFirstVersionWithTheRevisedOneFromTheApplicationPage() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.inRevision(call, "Wen Words", "University of Yangon", "MM", "Add the districts.",
                Duration.ofDays(5));
        fixture.resubmit(application, OpenCallFixture.revised());
        login(fixture.applicantOf(application));
        navigate("calls/" + call + "/apply");
        assertThat(_get(Anchor.class, spec -> spec.withText("Compare the versions")).getHref())
                .isEqualTo("applications/" + application + "/versions");

        navigate("applications/" + application + "/versions");

        assertThat(_get(Select.class, spec -> spec.withLabel("Compare version")).getValue()).isNotNull();
        var inserted = _find(WordChanges.Inserted.class);
        assertThat(inserted).singleElement().satisfies(ins -> assertThat(ins.getElement().getTextRecursively())
                .isEqualTo("[inserted:  in rural districts too end of insertion]"));
        assertThat(_find(WordChanges.Deleted.class)).isEmpty();
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class,
                spec -> spec.withText("What the committee asked of version 1: Add the districts."))).hasSize(1);
    }

    @Test
    void anotherApplicantSeesNoVersions() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.inRevision(call, "Zoe Hidden", "University of Dhaka", "BD", "More.",
                Duration.ofDays(5));
        fixture.resubmit(application, OpenCallFixture.revised());
        login(fixture.applicant("Nosy Neighbour"));

        navigate("applications/" + application + "/versions");

        assertThat(_get(H1.class).getText()).isEqualTo("This application cannot be found, or you may not read it.");
        assertThat(_find(WordChanges.class)).isEmpty();
    }
}
