package org.healthequity.exchange.opencall;

import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** A reviewer who declared a conflict of interest keeps trying to read the application they stepped away from. */
@Tag("attack")
class ReviewerConflictAttackTest extends IntegrationTest {

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    Reviewing reviewing;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private OpenCallFixture fixture;

    @BeforeEach
    void setUp() {
    }

    @Test
    void reviewerWithADeclaredConflictCannotReadTheApplicationsAnswersOrFiles() {
        OpenCallFixture.Reviewer reviewer = fixture.reviewer("Ingrid Conflicted", "NO", null);
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Cora Conflict", "University of Nairobi", "KE");
        long file = jdbc.queryForObject("""
                insert into call_application_file (application_id, question, file_name, media_type, size_bytes,
                    storage_path, uploaded_at) values (?, 'letter', 'letter.pdf', 'application/pdf', 1,
                    'missing.pdf', now()) returning id""", Long.class, application);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assignment.screen(application, true, null);
        long review = assignment.assign(application, reviewer.id(), null);

        fixture.signIn(reviewer.email());
        assertThat(reviewing.sheet(review).answers().text("summary")).isEqualTo("We measure inequality");
        reviewing.declareConflict(review, "My former student leads this application");

        ReviewSheet after = reviewing.sheet(review);
        assertThat(after.status()).isEqualTo(ReviewStatus.CONFLICT);
        assertThat(after.answers().values()).isEmpty();
        assertThat(after.files()).isEmpty();
        assertThat(after.peers()).isEmpty();
        assertThat(documents.file(application, file)).isEmpty();
    }
}
