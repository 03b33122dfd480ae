package org.healthequity.exchange.casestudy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.healthequity.exchange.member.GroupLeads;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.search.SearchableChanged;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The case-study module with the modules it uses: a moderator's decision reaches the module that owns the content,
 * which changes it and tells search. The database is the integration tests' PostgreSQL; the index and files live in a
 * folder of this context's own.
 */
// With search, this context's changes reach the change feed, so the shared test context's index stays current.
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/casestudy",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
@Import(CaseStudyFixture.class)
class CaseStudyModuleTest {

    @Autowired
    CaseStudyFixture fixture;

    @Autowired
    CaseStudyLibrary library;

    /** The workgroup module's answer to the member module, which this test does not bootstrap. */
    @MockitoBean
    GroupLeads leads;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void approvalByTheModeratorPublishesTheCaseStudyAndTellsSearch(Scenario scenario) {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Decided in a module test"));
        assertThat(visible(id)).isEmpty();

        scenario.stimulate(() -> fixture.decide(id, Decision.APPROVE, null))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.contentId() == id)
                .toArriveAndVerify(changed -> {
                    assertThat(changed.type()).isEqualTo(CaseStudyLibrary.CONTENT_TYPE);
                    assertThat(visible(id)).hasValueSatisfying(page -> {
                        assertThat(page.live()).isTrue();
                        assertThat(page.status()).isEqualTo(CaseStudyStatus.PUBLISHED);
                    });
                });
    }

    @Test
    void returnToTheAuthorKeepsTheCaseStudyOutOfTheLibraryAndSearch(Scenario scenario) {
        long id = fixture.submitted(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Returned in a module test"));

        scenario.stimulate(() -> fixture.decide(id, Decision.RETURN, "Please add results."))
                .andWaitForStateChange(() -> fixture.jdbc().queryForObject(
                        "select status from case_study where id = ?", String.class, id),
                        status -> CaseStudyStatus.RETURNED.name().equals(status))
                .andVerifyEvents(events -> {
                    assertThat(events.ofType(SearchableChanged.class).matching(c -> c.contentId() == id)).isEmpty();
                    assertThat(visible(id)).isEmpty();
                });
    }

    /** The case study as a visitor sees it. */
    private Optional<CaseStudyPage> visible(long id) {
        SecurityContextHolder.clearContext();
        return library.caseStudy(id);
    }
}
