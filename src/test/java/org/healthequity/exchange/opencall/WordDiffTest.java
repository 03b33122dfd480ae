package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.healthequity.exchange.opencall.WordDiff.Change;
import org.healthequity.exchange.opencall.WordDiff.Run;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordDiffTest {

    @Test
    void equalTextsAreOneEqualRun() {
        assertThat(WordDiff.diff("We measure inequality.", "We measure inequality.", Locale.ENGLISH))
                .containsExactly(new Run(Change.EQUAL, "We measure inequality."));
    }

    @Test
    void aChangedWordIsDeletedAndInsertedWholeNotLetterByLetter() {
        assertThat(WordDiff.diff("We measure income inequality.", "We measure health inequality.", Locale.ENGLISH))
                .containsExactly(new Run(Change.EQUAL, "We measure "), new Run(Change.DELETE, "income"),
                        new Run(Change.INSERT, "health"), new Run(Change.EQUAL, " inequality."));
    }

    @Test
    void insertionsAndDeletionsGiveBackBothTexts() {
        String before = "Survey data from 2023, three provinces and the capital.";
        String after = "Survey data from 2025 and four provinces, not the capital.";
        List<Run> runs = WordDiff.diff(before, after, Locale.ENGLISH);
        assertThat(text(runs, Change.INSERT)).isEqualTo(before);
        assertThat(text(runs, Change.DELETE)).isEqualTo(after);
        assertThat(runs).anySatisfy(r -> assertThat(r).satisfies(d -> assertThat(d.change()).isEqualTo(Change.DELETE),
                d -> assertThat(d.text()).contains("2023")));
        assertThat(runs).filteredOn(r -> r.change() == Change.EQUAL).extracting(Run::text)
                .contains("Survey data from ", "provinces", " the capital.");
    }

    @Test
    void arabicWordsCompareWhole() {
        List<Run> runs = WordDiff.diff("نقيس عدم المساواة في الصحة", "نقيس عدم المساواة في التعليم",
                Locale.forLanguageTag("ar"));
        assertThat(runs).containsExactly(new Run(Change.EQUAL, "نقيس عدم المساواة في "),
                new Run(Change.DELETE, "الصحة"), new Run(Change.INSERT, "التعليم"));
    }

    @Test
    void chineseComparesCharacterByCharacter() {
        List<Run> runs = WordDiff.diff("我们监测健康不平等。", "我们监测教育不平等。", Locale.CHINESE);
        assertThat(runs).containsExactly(new Run(Change.EQUAL, "我们监测"), new Run(Change.DELETE, "健康"),
                new Run(Change.INSERT, "教育"), new Run(Change.EQUAL, "不平等。"));
        assertThat(WordDiff.tokens("健康", Locale.CHINESE)).containsExactly("健", "康");
    }

    @Test
    void anEmptyTextIsAllInsertedOrAllDeleted() {
        assertThat(WordDiff.diff("", "New answer", Locale.ENGLISH))
                .containsExactly(new Run(Change.INSERT, "New answer"));
        assertThat(WordDiff.diff("Old answer", "", Locale.ENGLISH))
                .containsExactly(new Run(Change.DELETE, "Old answer"));
        assertThat(WordDiff.diff("", "", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void aVeryLongRewriteIsShownReplacedWhole() {
        String before = "a ".repeat(3000);
        String after = "b ".repeat(3000);
        List<Run> runs = WordDiff.diff("x " + before, "x " + after, Locale.ENGLISH);
        assertThat(runs).hasSize(4);
        assertThat(runs.getFirst()).isEqualTo(new Run(Change.EQUAL, "x "));
    }

    /** The text the runs give when the given change is left out. */
    private static String text(List<Run> runs, Change without) {
        return runs.stream().filter(r -> r.change() != without).map(Run::text).collect(Collectors.joining());
    }
}
