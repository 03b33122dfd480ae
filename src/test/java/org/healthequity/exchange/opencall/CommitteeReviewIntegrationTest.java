package org.healthequity.exchange.opencall;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.Spreadsheets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** The committee chair of a call, the meta-review and the decision summary. */
class CommitteeReviewIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    CommitteeReview committee;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChairWritesAMetaReviewThatTheDecisionSummaryShowsWithTotalsSpreadAndEachMark() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Maya Meta", "University of Nairobi", "KE");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Marks", "PE", null);
        Reviewer ben = fixture.reviewer("Ben Marks", "FJ", null);
        Reviewer chair = fixture.reviewer("Chi Chair", "NO", null);
        fixture.reviewed(application, ana, scores(5, 10));
        fixture.reviewed(application, ben, scores(1, 0));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        committee.nameChair(call, chair.id());
        assertThat(committee.chairCandidates(call)).filteredOn(CommitteeReview.ChairCandidate::chair)
                .extracting(CommitteeReview.ChairCandidate::displayName).containsExactly("Chi Chair");
        assertThat(Outbox.templatesFor(jdbc, chair.email())).contains("opencall-chair-named");

        fixture.signIn(chair.email());
        DecisionSummary summary = committee.summary(application);
        assertThat(summary.weightedTotal()).isEqualTo(50.0);
        assertThat(summary.lowestTotal()).isEqualTo(0.0);
        assertThat(summary.highestTotal()).isEqualTo(100.0);
        assertThat(summary.criteria()).allSatisfy(c -> assertThat(c.marks()).hasSize(2));
        assertThat(summary.criteria().getFirst().marks()).extracting(DecisionSummary.Mark::comment)
                .containsOnly("Expertise comment");
        assertThat(summary.metaReview()).isNull();
        long version = committee.writeMetaReview(application, -1, "  Strong team; the reviewers differ on fit. ",
                Decision.WAITLIST);
        // A second tab opened before the first meta-review was saved does not overwrite it.
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, "Another text", Decision.DECLINE))
                .isInstanceOf(ChangedMeanwhile.class);
        committee.writeMetaReview(application, version, "Strong team; fit is debated.", Decision.ACCEPT);

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(committee.summary(application).metaReview()).satisfies(meta -> {
            assertThat(meta.text()).isEqualTo("Strong team; fit is debated.");
            assertThat(meta.recommendation()).isEqualTo(Decision.ACCEPT);
            assertThat(meta.chairName()).isEqualTo("Chi Chair");
        });
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.meta-review'"
                + " and target_id = ?", Long.class, String.valueOf(application))).isEqualTo(2);
    }

    @Test
    void onlyTheChairWritesTheMetaReviewAndOnlyOnceTheReviewsAreIn() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Nia Guarded", "University of Rwanda", "RW");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Early", "PE", null);
        Reviewer chair = fixture.reviewer("Cal Chair", "NO", null);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long review = fixture.assignment().assign(application, ana.id(), null);
        committee.nameChair(call, chair.id());
        assertThatThrownBy(() -> committee.nameChair(call, fixture.jdbc().queryForObject(
                "select applicant_id from call_application where id = ?", Long.class, application)))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().field()).isEqualTo("chair"));

        fixture.signIn(chair.email());
        assertThatThrownBy(() -> committee.summary(application)).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, "Too early", Decision.ACCEPT))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().messageKey())
                        .isEqualTo("opencall.problem.discussion-not-open"));
        fixture.signIn(ana.email());
        fixture.reviewing().submit(review, fixture.reviewing().sheet(review).version(), scores(3, 3));
        assertThatThrownBy(() -> committee.summary(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, "I am no chair", Decision.ACCEPT))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, "Staff text", Decision.ACCEPT))
                .isInstanceOf(AccessDeniedException.class);
        fixture.signIn(fixture.applicantOf(application));
        assertThatThrownBy(() -> committee.nameChair(call, chair.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> committee.summary(application)).isInstanceOf(AccessDeniedException.class);

        fixture.signIn(chair.email());
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, " ", Decision.ACCEPT))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().field()).isEqualTo("text"));
        assertThatThrownBy(() -> committee.writeMetaReview(application, -1, "Fine", null))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().field())
                        .isEqualTo("recommendation"));
        assertThat(jdbc.queryForObject("select count(*) from call_meta_review where application_id = ?", Long.class,
                application)).isZero();
    }

    @Test
    void theExportsCarryTheRoundRankedAndTheChairsRecommendationOnThatRound() throws Exception {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Xavi Exported", "University of Havana", "CU");
        fixture.screenedIn(application);
        Reviewer ana = fixture.reviewer("Ana Exported", "PE", null);
        Reviewer chair = fixture.reviewer("Che Exported", "NO", null);
        fixture.reviewed(application, ana, scores(4, 8));
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        committee.nameChair(call, chair.id());
        fixture.signIn(chair.email());
        committee.writeMetaReview(application, -1, "Convincing.", Decision.ACCEPT);

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(exported(call)).containsEntry("round", "1").containsEntry("meta_review_recommendation", "ACCEPT");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                fixture.decisions().exportXlsx(call)))) {
            var sheet = workbook.getSheetAt(0);
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            int column = header.indexOf("meta_review_recommendation");
            assertThat(sheet.getRow(1).getCell(column).getStringCellValue()).isEqualTo("ACCEPT");
            assertThat(sheet.getRow(1).getCell(header.indexOf("round")).getNumericCellValue()).isEqualTo(1.0);
        }

        fixture.close(call);
        fixture.requestRevisions(application, "Name the partners.", Duration.ofDays(7));
        fixture.resubmit(application, OpenCallFixture.revised());
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThat(exported(call)).as("the meta-review of round 1 is not one on the revised version")
                .containsEntry("round", "2").containsEntry("meta_review_recommendation", "");
    }

    /** The CSV export's only application row, by column name. */
    private Map<String, String> exported(long call) {
        List<List<String>> rows = Spreadsheets.csv(new String(fixture.decisions().exportCsv(call),
                StandardCharsets.UTF_8));
        assertThat(rows).hasSize(2);
        Map<String, String> row = new HashMap<>();
        for (int i = 0; i < rows.get(0).size(); i++) {
            row.put(rows.get(0).get(i).replace("\uFEFF", ""), rows.get(1).get(i));
        }
        return row;
    }
}
