package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.opencall.ReviewerRanking.Candidate;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReviewerRankingTest {

    private static final Set<String> TOPICS = Set.of("THEME:HOUSING", "DIMENSION:AGE", "SDG:3");

    private static Candidate candidate(long id, String name, Set<String> expertise, int load) {
        return new Candidate(id, name, null, "CH", expertise, load, null, false, false, null);
    }

    @Test
    void ranksByTopicOverlapBeforeLoad() {
        List<ReviewerOption> ranked = ReviewerRanking.rank(TOPICS, List.of(
                candidate(1, "Idle Outsider", Set.of("SDG:14"), 0),
                candidate(2, "Busy Expert", Set.of("THEME:HOUSING", "DIMENSION:AGE", "SDG:3"), 5),
                candidate(3, "Half Expert", Set.of("THEME:HOUSING"), 0)), 2);

        assertThat(ranked).extracting(ReviewerOption::accountId).containsExactly(2L, 3L, 1L);
        assertThat(ranked).extracting(ReviewerOption::overlap).containsExactly(3, 1, 0);
        assertThat(ranked).extracting(ReviewerOption::suggested).containsExactly(true, true, false);
    }

    @Test
    void equalOverlapGoesToTheLeastLoaded() {
        List<ReviewerOption> ranked = ReviewerRanking.rank(TOPICS, List.of(
                candidate(1, "Anna Busy", Set.of("SDG:3"), 4),
                candidate(2, "Bert Free", Set.of("SDG:3"), 1)), 1);

        assertThat(ranked).extracting(ReviewerOption::accountId).containsExactly(2L, 1L);
        assertThat(ranked.getFirst().suggested()).isTrue();
        assertThat(ranked.get(1).suggested()).isFalse();
    }

    @Test
    void neverSuggestsAConflictedOrExcludedPersonHoweverExpert() {
        Set<String> all = Set.of("THEME:HOUSING", "DIMENSION:AGE", "SDG:3");
        List<ReviewerOption> ranked = ReviewerRanking.rank(TOPICS, List.of(
                new Candidate(1, "Same Country", null, "KE", all, 0, "opencall.conflict.country", false, false, null),
                new Candidate(2, "Unwanted", null, "CH", all, 0, null, false, false, "We compete for the same grant"),
                candidate(3, "Novice", Set.of(), 0)), 2);

        assertThat(ranked).filteredOn(ReviewerOption::suggested).extracting(ReviewerOption::accountId)
                .containsExactly(3L);
        ReviewerOption unwanted = ranked.stream().filter(o -> o.accountId() == 2).findFirst().orElseThrow();
        assertThat(unwanted.conflictKey()).isEqualTo(ReviewerRanking.EXCLUDED);
        assertThat(unwanted.exclusionReason()).isEqualTo("We compete for the same grant");
    }

    @Test
    void flagsTheApplicantsSuggestionWithoutFavouringIt() {
        List<ReviewerOption> ranked = ReviewerRanking.rank(TOPICS, List.of(
                new Candidate(1, "Friend", null, "CH", Set.of(), 0, null, false, true, null),
                candidate(2, "Expert", Set.of("SDG:3"), 3)), 1);

        assertThat(ranked).extracting(ReviewerOption::accountId).containsExactly(2L, 1L);
        assertThat(ranked.get(1).applicantSuggested()).isTrue();
        assertThat(ranked.get(1).suggested()).isFalse();
    }

    @Test
    void fillsOnlyTheFreePlacesAndSkipsThoseAlreadyAssigned() {
        List<ReviewerOption> ranked = ReviewerRanking.rank(TOPICS, List.of(
                new Candidate(1, "Assigned", null, "CH", Set.of("SDG:3"), 1, null, true, false, null),
                candidate(2, "Next", Set.of("SDG:3"), 2),
                candidate(3, "Last", Set.of(), 0)), 1);

        assertThat(ranked).extracting(ReviewerOption::suggested).containsExactly(false, true, false);
        assertThat(ranked.getFirst().assigned()).isTrue();
    }
}
