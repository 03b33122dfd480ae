package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReviewerMatchingIntegrationTest extends IntegrationTest {

    private static final List<String> TOPICS = List.of("THEME:HOUSING", "DIMENSION:DISABILITY", "SDG:11");

    @Autowired
    private OpenCallFixture fixture;

    @Autowired
    ApplicationSubmission submission;

    @Autowired
    ReviewerMatching matching;

    @Autowired
    ReviewAssignment assignment;

    @Autowired
    JdbcTemplate jdbc;

    private OpenCallFixture.Reviewer reviewer(String name, String... expertise) {
        OpenCallFixture.Reviewer reviewer = fixture.reviewer(name, "NO", null);
        for (String code : expertise) {
            jdbc.update("insert into profile_expertise (account_id, code) values (?, ?)", reviewer.id(), code);
        }
        return reviewer;
    }

    /** A submitted application of a new applicant, who stays signed in. */
    private long application(long call) {
        fixture.newApplicant("Mia Matching");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Makerere University", "UG"));
        SavedApplication saved = submission.saveDraft(started.id(), started.version(), OpenCallFixture.complete());
        submission.submit(saved.id(), saved.version(), OpenCallFixture.complete());
        return started.id();
    }

    @Test
    void suggestionsRankByTopicOverlapThenLoadAndHonourTheApplicantsExclusion() {
        OpenCallFixture.Reviewer expert = reviewer("Ezra Expert", TOPICS.toArray(String[]::new));
        OpenCallFixture.Reviewer unwanted = reviewer("Una Unwanted", TOPICS.toArray(String[]::new));
        OpenCallFixture.Reviewer half = reviewer("Hal Half", "SDG:11");
        OpenCallFixture.Reviewer friend = reviewer("Fran Friend");
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        matching.save(application, 0, TOPICS, List.of(friend.id()),
                List.of(new Exclusion(unwanted.id(), "She reviews for our competitor")));
        fixture.screenedIn(application);

        List<ReviewerOption> mine = assignment.reviewerOptions(application).stream()
                .filter(o -> Set.of(expert.id(), unwanted.id(), half.id(), friend.id()).contains(o.accountId()))
                .toList();

        assertThat(mine).extracting(ReviewerOption::name)
                .containsExactly("Ezra Expert", "Una Unwanted", "Hal Half", "Fran Friend");
        assertThat(mine).extracting(ReviewerOption::overlap).containsExactly(3, 3, 1, 0);
        ReviewerOption excluded = mine.get(1);
        assertThat(excluded.conflictKey()).isEqualTo("opencall.conflict.excluded");
        assertThat(excluded.exclusionReason()).isEqualTo("She reviews for our competitor");
        assertThat(excluded.suggested()).isFalse();
        assertThat(mine.getFirst().suggested()).isTrue();
        assertThat(mine.get(3).applicantSuggested()).isTrue();

        assignment.assignSuggested(call);
        assertThat(jdbc.queryForObject("select count(*) from call_review where application_id = ? and reviewer_id = ?",
                Long.class, application, unwanted.id())).isZero();
    }

    @Test
    void assigningAnExcludedPersonNeedsAnOverrideReasonWhichIsAudited() {
        OpenCallFixture.Reviewer unwanted = reviewer("Otto Unwanted");
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        matching.save(application, 0, List.of(), List.of(), List.of(new Exclusion(unwanted.id(), "Former partner")));
        fixture.screenedIn(application);

        assertThatThrownBy(() -> assignment.assign(application, unwanted.id(), null)).isInstanceOf(Refused.class)
                .hasMessageContaining("opencall.conflict.excluded");

        assignment.assign(application, unwanted.id(), "Only Otto reviews disability data; the partnership ended");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'review.assign.override'"
                + " and target_id = ? and details like '%opencall.conflict.excluded%'", Long.class,
                String.valueOf(application))).isEqualTo(1);
    }

    @Test
    void refusesUnknownTopicsOutsidersContradictionsAndExclusionsWithoutAReason() {
        OpenCallFixture.Reviewer member = reviewer("Cora Committee");
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        long outsider = fixture.reviewer("Someone Else", "NO", null).id();
        jdbc.update("delete from network_membership where account_id = ?", outsider);

        assertThat(field(() -> matching.save(application, 0, List.of("THEME:ASTROLOGY"), List.of(), List.of())))
                .isEqualTo("topics");
        assertThat(field(() -> matching.save(application, 0, List.of(), List.of(outsider), List.of())))
                .isEqualTo("suggested");
        assertThat(field(() -> matching.save(application, 0, List.of(), List.of(member.id()),
                List.of(new Exclusion(member.id(), "Both?"))))).isEqualTo("excluded");
        assertThat(field(() -> matching.save(application, 0, List.of(), List.of(),
                List.of(new Exclusion(member.id(), "  "))))).isEqualTo("exclusionReason");
        assertThat(matching.preferences(application).version()).isZero();
    }

    @Test
    void twoTabsSavingAtOnceDoNotOverwriteEachOther() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        long first = matching.save(application, 0, List.of("SDG:3"), List.of(), List.of());

        assertThatThrownBy(() -> matching.save(application, 0, List.of("SDG:5"), List.of(), List.of()))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(matching.preferences(application).topics()).containsExactly("SDG:3");

        matching.save(application, first, List.of("SDG:3", "SDG:10"), List.of(), List.of());
        assertThatThrownBy(() -> matching.save(application, first, List.of(), List.of(), List.of()))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(matching.preferences(application).topics()).containsExactly("SDG:3", "SDG:10");
    }

    @Test
    void anotherApplicantCannotReadOrChangeThePreferences() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        matching.save(application, 0, List.of("SDG:3"), List.of(), List.of());

        fixture.newApplicant("Nosy Neighbour");
        assertThatThrownBy(() -> matching.preferences(application)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.save(application, 1, List.of(), List.of(), List.of()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aWithdrawnApplicationNoLongerTakesPreferences() {
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        long application = application(call);
        submission.withdraw(application);

        assertThat(matching.preferences(application).editable()).isFalse();
        assertThat(field(() -> matching.save(application, 0, List.of("SDG:3"), List.of(), List.of())))
                .isEqualTo("");
    }

    private static String field(Runnable action) {
        try {
            action.run();
        } catch (Refused refused) {
            return refused.first().field();
        }
        throw new AssertionError("not refused");
    }
}
