package org.healthequity.exchange.opencall;

import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CriterionRulesTest {

    private static Criterion criterion(int weight, int min, int max) {
        return new Criterion("fit", weight, min, max, Texts.english("Fit"), Texts.empty());
    }

    @Test
    void acceptsOnlyScoresOnItsScaleAndNamesTheScaleWhenRefusing() {
        Criterion oneToFive = criterion(1, 1, 5);
        assertThat(oneToFive.accepts(1)).isTrue();
        assertThat(oneToFive.accepts(5)).isTrue();
        assertThat(oneToFive.accepts(0)).isFalse();
        assertThat(oneToFive.scoreProblem(3)).isNull();
        assertThat(oneToFive.scoreProblem(6)).satisfies(problem -> {
            assertThat(problem.field()).isEqualTo("fit");
            assertThat(problem.messageKey()).isEqualTo("opencall.problem.score-range");
            assertThat(problem.arguments()).containsExactly(1, 5);
        });
    }

    @Test
    void placesAScoreOnZeroToOneWithinItsScale() {
        assertThat(criterion(1, 1, 5).normalised(3)).isEqualTo(0.5);
        assertThat(criterion(1, 0, 10).normalised(10)).isEqualTo(1.0);
        assertThat(criterion(1, 1, 5).scaleLabel()).isEqualTo("1–5");
    }

    @Test
    void refusesAWeightOrScaleOutsideTheRulesNamingTheBounds() {
        assertThat(criterion(Criterion.WEIGHT_MAX, Criterion.SCALE_FLOOR, Criterion.SCALE_CEILING)
                .weightProblem("rubric")).isNull();
        assertThat(criterion(Criterion.WEIGHT_MAX + 1, 0, 5).weightProblem("rubric").arguments())
                .containsExactly("fit", Criterion.WEIGHT_MIN, Criterion.WEIGHT_MAX);
        assertThat(criterion(1, 5, 5).scaleProblem("rubric")).isNotNull();
        assertThat(criterion(1, Criterion.SCALE_FLOOR - 1, 5).scaleProblem("rubric").arguments())
                .containsExactly("fit", Criterion.SCALE_FLOOR, Criterion.SCALE_CEILING);
        assertThat(criterion(1, 0, Criterion.SCALE_CEILING + 1).scaleAllowed()).isFalse();
    }
}
