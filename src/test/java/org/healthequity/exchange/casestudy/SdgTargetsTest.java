package org.healthequity.exchange.casestudy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SdgTargetsTest {

    @Test
    void holdsThe169TargetsOfThe17Goals() {
        assertThat(SdgTargets.goals()).hasSize(17);
        assertThat(SdgTargets.all()).hasSize(169).doesNotHaveDuplicates();
        assertThat(SdgTargets.ofGoal(3)).hasSize(13).contains("3.8", "3.d");
        assertThat(SdgTargets.ofGoal(17)).hasSize(19).last().isEqualTo("17.19");
    }

    @Test
    void knowsTargetsAndTheirGoals() {
        assertThat(SdgTargets.isValid("10.2")).isTrue();
        assertThat(SdgTargets.isValid("3.10")).isFalse();
        assertThat(SdgTargets.isValid("18.1")).isFalse();
        assertThat(SdgTargets.goalOf("10.2")).isEqualTo(10);
    }

    @Test
    void comparesTextsWordByWord() {
        var spans = CaseStudyVersions.words("Housing upgrades reached 400 homes", "Housing upgrades reached 650 homes");
        assertThat(spans).extracting(FieldDiff.Span::change).containsExactly(FieldDiff.Change.SAME,
                FieldDiff.Change.REMOVED, FieldDiff.Change.ADDED, FieldDiff.Change.SAME);
        assertThat(spans).extracting(FieldDiff.Span::text).containsExactly("Housing upgrades reached ", "400", "650",
                " homes");
    }
}
