package org.healthequity.exchange.casestudy;

import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

/**
 * Someone guesses the citation addresses of case studies that are not public (drafts, submissions, retracted ones)
 * to read their titles and authors.
 */
@Tag("attack")
class CitationAttackTest extends IntegrationTest {

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    CaseStudyCitations citations;

    @Autowired
    ModerationQueue queue;

    @Autowired
    WebApplicationContext context;

    private MockMvc mvc;

    @BeforeEach
    void overHttp() {
        inAnHourOfItsOwn();
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void draftIsNotCitedEvenToItsAuthor() throws Exception {
        long draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Secret draft cite")).caseStudyId();

        assertNotCited(draft);
        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThat(citations.cite(draft, CitationFormat.BIBTEX)).isEmpty();
    }

    @Test
    void submissionWaitingForModerationIsNotCited() throws Exception {
        assertNotCited(fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Waiting cite")));
    }

    @Test
    void retractedCaseStudyIsNoLongerCited() throws Exception {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Retracted cite"));
        assertThat(status(id, "bib")).isEqualTo(200);
        fixture.signIn("researcher@example.org");
        queue.flag("CASE_STUDY", id, "Contains personal data of patients.");
        fixture.decide(id, Decision.RETRACT, "Personal data must not be published.");

        assertNotCited(id);
    }

    @Test
    void unknownFormatOrCaseStudyAnswersNotFound() throws Exception {
        long id = fixture.published(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Formats cite"));

        assertThat(status(id, "xml")).isEqualTo(404);
        assertThat(status(id, "bib.exe")).isEqualTo(404);
        assertThat(status(Long.MAX_VALUE, "bib")).isEqualTo(404);
    }

    private void assertNotCited(long id) throws Exception {
        SecurityContextHolder.clearContext();
        for (String extension : new String[] { "bib", "ris", "json" }) {
            var response = mvc.perform(get("/case-studies/" + id + "/cite." + extension)).andReturn().getResponse();
            assertThat(response.getStatus()).as(extension).isEqualTo(404);
            assertThat(response.getContentAsString()).doesNotContain("cite");
        }
    }

    private int status(long id, String extension) throws Exception {
        SecurityContextHolder.clearContext();
        return mvc.perform(get("/case-studies/" + id + "/cite." + extension)).andReturn().getResponse().getStatus();
    }
}
