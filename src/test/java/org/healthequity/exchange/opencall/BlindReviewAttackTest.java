package org.healthequity.exchange.opencall;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A reviewer of a blind call tries to learn who applied: through the sheet the service hands them, the address of a
 * hidden file question's download, and the call's exports.
 */
@Tag("attack")
class BlindReviewAttackTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    Reviewing reviewing;

    @Autowired
    ApplicationDocuments documents;

    @Autowired
    CallDecisions decisions;

    @Autowired
    JdbcTemplate jdbc;

    /** The fixture's form with the summary (names) and the support letter hidden, and a visible budget file. */
    private static CallDefinition blind() {
        CallDefinition hiding = BlindReviewTest.hidingSummaryAndLetter();
        List<Question> questions = new ArrayList<>(hiding.questions());
        questions.add(new Question("budget", QuestionKind.FILE, false, 0, Texts.english("Budget"), Texts.empty(),
                List.of()));
        return new CallDefinition(hiding.eligibility(), questions, hiding.attachments(), hiding.rubric());
    }

    private record Blind(long call, long application, long letter, long budget, long review,
            OpenCallFixture.Reviewer reviewer) {
    }

    private Blind blindReview() {
        OpenCallFixture.Reviewer reviewer = fixture.reviewer("Rita Blind", "NO", null);
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), OpenCallFixture.ZONE).withNano(0);
        long call = fixture.openCall(OpenCallFixture.ZONE, now.minusDays(1), now.plusDays(10), blind());
        fixture.newApplicant("Hidden Applicant");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("University of Ghana", "GH"));
        long letter = submission.addFile(started.id(), "letter", "letter-from-minister.pdf", PDF).id();
        long budget = submission.addFile(started.id(), "budget", "budget.pdf", PDF).id();
        Answers answers = OpenCallFixture.complete().with("summary", List.of("Dr Kwame Mensah, University of Ghana"));
        SavedApplication saved = submission.saveDraft(started.id(), started.version(), answers);
        submission.submit(saved.id(), saved.version(), answers);
        fixture.screenedIn(started.id());
        long review = assignment.assign(started.id(), reviewer.id(), null);
        fixture.signIn(reviewer.email());
        return new Blind(call, started.id(), letter, budget, review, reviewer);
    }

    @Test
    void theReviewersSheetRecordHoldsNoHiddenQuestionAnswerOrFile() {
        Blind blind = blindReview();

        ReviewSheet sheet = reviewing.sheet(blind.review());

        assertThat(sheet.definition().questions()).extracting(Question::key)
                .doesNotContain("summary", "letter").contains("motivation", "budget");
        assertThat(sheet.answers().values()).doesNotContainKey("summary").containsKey("motivation");
        assertThat(sheet.files()).extracting(ApplicationFileInfo::id).containsExactly(blind.budget());
        assertThat(sheet.toString()).doesNotContain("Kwame", "letter-from-minister");
    }

    @Test
    void inABlindCallTheReviewerSeesTheApplicationsNumberInsteadOfTheInstitutionsName() {
        Blind blind = blindReview();

        assertThat(reviewing.sheet(blind.review()).institutionName()).isEqualTo("#" + blind.application());
        assertThat(reviewing.myReviews()).filteredOn(t -> t.reviewId() == blind.review())
                .extracting(ReviewTask::institutionName).containsExactly("#" + blind.application());
        assertThat(reviewing.myReviews().toString()).doesNotContain("University of Ghana");
    }

    @Test
    void reviewerCallingTheDownloadAddressOfAHiddenFileQuestionGetsNothing() {
        Blind blind = blindReview();

        assertThat(documents.file(blind.application(), blind.letter())).isEmpty();
        assertThat(documents.file(blind.application(), blind.budget())).isPresent();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'application.file.read'"
                + " and outcome = 'DENIED' and target_id = ?", Long.class, String.valueOf(blind.application()))).isPositive();
    }

    @Test
    void theApplicantAndTheSecretariatStillReadTheHiddenFile() {
        Blind blind = blindReview();

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(documents.file(blind.application(), blind.letter())).isPresent();
    }

    @Test
    void reviewerAskingForTheCallsExportIsRefused() {
        Blind blind = blindReview();

        assertThatThrownBy(() -> decisions.exportCsv(blind.call())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> decisions.exportXlsx(blind.call())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHiddenAnswerStaysHiddenAfterTheReviewIsSubmitted() {
        Blind blind = blindReview();
        long version = reviewing.sheet(blind.review()).version();
        reviewing.submit(blind.review(), version, OpenCallFixture.scores(4, 7));

        ReviewSheet after = reviewing.sheet(blind.review());

        assertThat(after.answers().values()).doesNotContainKey("summary");
        assertThat(after.files()).extracting(ApplicationFileInfo::question).doesNotContain("letter");
        assertThat(Map.copyOf(after.answers().values())).doesNotContainKey("letter");
    }
}
