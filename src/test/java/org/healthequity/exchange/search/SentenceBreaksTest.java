package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class SentenceBreaksTest {

    @Test
    void sentencesOfTheSixLanguagesStartWhereTheJdksRuleBasedIteratorStartsThem() {
        for (String text : List.of(
                "Housing first cut readmissions. The programme ran in 12 cities! Did it last? It did.",
                "Le logement d'abord. Les résultats sont parus en 2024 ; ils tiennent.",
                "La vivienda primero. ¿Funcionó? Sí, en tres ciudades.",
                "Жильё прежде всего. Результаты опубликованы в 2024 году.",
                "السكن أولاً. هل نجح البرنامج في ثلاث مدن.",
                "住房优先。结果于2024年公布！它持续了吗？是的。")) {
            assertThat(boundaries(new SentenceBreaks(), text)).as(text)
                    .isEqualTo(boundaries(BreakIterator.getSentenceInstance(Locale.ROOT), text));
        }
    }

    @Test
    void anArabicQuestionMarkEndsASentenceAsALatinOneDoes() {
        String text = "السكن أولاً. هل نجح البرنامج؟ نعم، في ثلاث مدن.";
        assertThat(boundaries(new SentenceBreaks(), text)).containsExactly(0, text.indexOf("هل"),
                text.indexOf("نعم"), text.length());
    }

    @Test
    void aLineBreakEndsASentenceSoThatASnippetStaysWithinOneSectionOfABody() {
        String text = "Context without a stop\n\nResults in two cities. Then more.";
        assertThat(boundaries(new SentenceBreaks(), text)).containsExactly(0, text.indexOf('\n') + 1,
                text.indexOf("Results"), text.indexOf("Then"), text.length());
    }

    @Test
    void followingAndPrecedingGiveTheSentenceAroundAnOffset() {
        String text = "One two. Three four five. Six.";
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText(text);

        int inThree = text.indexOf("four");
        assertThat(breaks.preceding(inThree)).isEqualTo(text.indexOf("Three"));
        assertThat(breaks.following(inThree)).isEqualTo(text.indexOf("Six"));
        assertThat(breaks.current()).isEqualTo(text.indexOf("Six"));
        assertThat(breaks.preceding(0)).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.following(text.length())).isEqualTo(BreakIterator.DONE);
        assertThat(breaks.isBoundary(text.indexOf("Three"))).isTrue();
        assertThat(breaks.isBoundary(text.indexOf("four"))).isFalse();
        assertThat(breaks.last()).isEqualTo(text.length());
        assertThat(breaks.previous()).isEqualTo(text.indexOf("Six"));
    }

    @Test
    void aTextWithoutStopsIsOneSentence() {
        SentenceBreaks breaks = new SentenceBreaks();
        breaks.setText("no stop anywhere in this text");
        assertThat(breaks.following(3)).isEqualTo("no stop anywhere in this text".length());
        assertThat(breaks.preceding(10)).isZero();
    }

    private static List<Integer> boundaries(BreakIterator breaks, String text) {
        breaks.setText(text);
        List<Integer> found = new ArrayList<>();
        for (int at = breaks.first(); at != BreakIterator.DONE; at = breaks.next()) {
            found.add(at);
        }
        return found;
    }
}
