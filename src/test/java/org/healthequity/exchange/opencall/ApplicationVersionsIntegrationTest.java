package org.healthequity.exchange.opencall;

import java.time.Duration;

import org.healthequity.exchange.opencall.OpenCallFixture.Reviewer;
import org.healthequity.exchange.opencall.WordDiff.Change;
import org.healthequity.exchange.opencall.WordDiff.Run;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.healthequity.exchange.opencall.OpenCallFixture.scores;

/** Both versions of a revised application stay readable, compared word by word, to those who may read it. */
class ApplicationVersionsIntegrationTest extends IntegrationTest {

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ApplicationRevisions revisions;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theApplicantTheSecretariatAndAReviewerCompareTheVersionsWordByWord() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Vic Versions", "Universidad de Chile", "CL");
        fixture.screenedIn(application);
        Reviewer gil = fixture.reviewer("Gil Reader", "KE", null);
        fixture.reviewed(application, gil, scores(3, 3));
        fixture.close(call);
        fixture.requestRevisions(application, "Say where you work.", Duration.ofDays(7));
        fixture.resubmit(application, OpenCallFixture.revised());

        for (String reader : new String[] {fixture.applicantOf(application), OpenCallFixture.SECRETARIAT,
                gil.email()}) {
            fixture.signIn(reader);
            VersionComparison compared = revisions.compare(application, 1, 2, Language.ENGLISH);
            assertThat(compared.versions()).extracting(VersionComparison.VersionInfo::number).containsExactly(1, 2);
            assertThat(compared.versions().getFirst().revisionRequests()).isEqualTo("Say where you work.");
            assertThat(compared.answers()).filteredOn(a -> a.question().equals("summary")).singleElement()
                    .satisfies(a -> {
                        assertThat(a.changed()).isTrue();
                        assertThat(a.runs()).containsExactly(new Run(Change.EQUAL, "We measure inequality"),
                                new Run(Change.INSERT, " in rural districts too"));
                    });
            assertThat(compared.answers()).filteredOn(a -> a.question().equals("dimensions")).singleElement()
                    .satisfies(a -> assertThat(a.changed()).isFalse());
        }
        assertThatThrownBy(() -> revisions.compare(application, 1, 3, Language.ENGLISH))
                .isInstanceOfSatisfying(Refused.class, p -> assertThat(p.first().field()).isEqualTo("to"));
    }

    @Test
    void anotherApplicantAReviewerOfAnotherApplicationAndAConflictedReviewerCannotReadTheVersions() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = fixture.submitted(call, "Pia Private", "University of Ghana", "GH");
        long other = fixture.submitted(call, "Otto Other", "Makerere University", "UG");
        fixture.screenedIn(application, other);
        Reviewer elsewhere = fixture.reviewer("Rex Elsewhere", "NP", null);
        fixture.reviewed(other, elsewhere, scores(2, 2));
        Reviewer conflicted = fixture.reviewer("Cy Conflicted", "FJ", null);
        fixture.signIn(OpenCallFixture.SECRETARIAT);
        long review = fixture.assignment().assign(application, conflicted.id(), null);
        fixture.signIn(conflicted.email());
        fixture.reviewing().declareConflict(review, "My sister works there.");

        for (String stranger : new String[] {fixture.applicantOf(other), elsewhere.email(), conflicted.email()}) {
            fixture.signIn(stranger);
            assertThatThrownBy(() -> revisions.compare(application, 1, 1, Language.ENGLISH))
                    .as(stranger).isInstanceOf(AccessDeniedException.class);
        }
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'application.versions.read'"
                + " and outcome = 'DENIED' and target_id = ?", Long.class, String.valueOf(application))).isEqualTo(3);
    }
}
