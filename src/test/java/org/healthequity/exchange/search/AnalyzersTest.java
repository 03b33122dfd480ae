package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.healthequity.exchange.shared.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each language's analyser turns the forms of a word into the same term, so one form finds the others. */
class AnalyzersTest {

    private final Analyzers analyzers = new Analyzers();

    @Test
    void frenchStemsPluralsAndAccents() throws IOException {
        assertThat(terms(Language.FRENCH, "inégalités")).isEqualTo(terms(Language.FRENCH, "inégalité"));
        assertThat(terms(Language.FRENCH, "les logements")).isEqualTo(terms(Language.FRENCH, "logement"));
    }

    @Test
    void englishAndSpanishStemAndDropStopWords() throws IOException {
        assertThat(terms(Language.ENGLISH, "the inequalities")).isEqualTo(terms(Language.ENGLISH, "inequality"));
        assertThat(terms(Language.SPANISH, "las desigualdades")).isEqualTo(terms(Language.SPANISH, "desigualdad"));
    }

    @Test
    void russianStemsInflections() throws IOException {
        assertThat(terms(Language.RUSSIAN, "неравенства")).isEqualTo(terms(Language.RUSSIAN, "неравенство"));
    }

    @Test
    void arabicNormalisesAndStemsTheDefiniteArticle() throws IOException {
        assertThat(terms(Language.ARABIC, "الإسكان")).isEqualTo(terms(Language.ARABIC, "إسكان"));
    }

    @Test
    void chineseIsSegmentedIntoWordsNotSingleCharacters() throws IOException {
        List<String> words = terms(Language.CHINESE, "健康不平等监测");
        assertThat(words).contains("健康", "不", "平等", "监测");
        assertThat(words).hasSizeLessThan("健康不平等监测".length());
    }

    @Test
    void britishAndAmericanSpellingsOfAWordBecomeOneTerm() throws IOException {
        String[][] pairs = {{"hospitalisation", "hospitalization"}, {"programme", "program"},
            {"organisation", "organization"}, {"organisations", "organizations"}, {"centre", "center"},
            {"centres", "centers"}, {"behaviour", "behavior"}, {"behavioural", "behavioral"},
            {"prioritise", "prioritize"}, {"prioritised", "prioritized"}, {"mobilising", "mobilizing"},
            {"colour", "color"}, {"labourers", "laborers"}, {"favourite", "favorite"}, {"neighbourhood",
                "neighborhood"}, {"theatre", "theater"}, {"fibre", "fiber"}, {"analyse", "analyze"},
            {"paediatric", "pediatric"}, {"counselling", "counseling"}, {"anaemia", "anemia"}};
        for (String[] pair : pairs) {
            assertThat(terms(Language.ENGLISH, pair[0])).as(pair[0]).isEqualTo(terms(Language.ENGLISH, pair[1]));
        }
    }

    @Test
    void wordsThatOnlyLookLikeABritishSpellingAreLeftAlone() {
        for (String word : new String[] {"our", "four", "hour", "your", "tour", "contour", "detour", "devour",
            "more", "are", "sure", "genre", "acre", "wise", "otherwise", "size", "rise", "noise", "raise",
            "promise", "exercise", "precise", "advise", "revise", "surprise", "enterprise", "expertise", "crises",
            "analyses", "timbre", "macabre", "entre", "sources", "resources"}) {
            assertThat(EnglishSpelling.american(word)).as(word).isEqualTo(word);
        }
    }

    @Test
    void spellingsAreMadeOneOnlyInEnglish() throws IOException {
        assertThat(terms(Language.FRENCH, "centre")).isNotEqualTo(terms(Language.FRENCH, "center"));
    }

    private List<String> terms(Language language, String text) throws IOException {
        Analyzer analyzer = analyzers.of(language);
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(Analyzers.body(language), text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
