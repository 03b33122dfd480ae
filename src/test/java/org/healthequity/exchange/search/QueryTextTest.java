package org.healthequity.exchange.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.index.Term;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the search box finds the names of concepts in what a person typed, before the parser sees it. */
class QueryTextTest {

    private static final Set<Term> EMR = Set.of(new Term("$facets", "region/EMR"));
    private final ConceptBridge.Concepts concepts = ConceptBridge.Concepts.of(Map.of(
            "eastern mediterranean", EMR, "region del mediterraneo oriental", EMR, "东地中海区域", EMR,
            "住房", Set.of(new Term("$facets", "theme/HOUSING"))));

    @Test
    void aNameOfSeveralWordsIsQuotedAndNotedWhateverItsAccentsAndCase() {
        Set<String> introduced = new HashSet<>();
        assertThat(QueryText.markNames("clinics Región del Mediterráneo Oriental 2020", concepts, introduced))
                .isEqualTo("clinics \"Región del Mediterráneo Oriental\" 2020");
        assertThat(introduced).containsExactly("region del mediterraneo oriental");
    }

    @Test
    void aChineseNameIsCutOutOfTheCharactersAroundIt() {
        assertThat(QueryText.markNames("东地中海区域住房政策", concepts, new HashSet<>()))
                .isEqualTo("东地中海区域 住房 政策");
    }

    @Test
    void quotedExcludedAndOperatorWordsAreLeftAsTyped() {
        for (String typed : List.of("\"eastern mediterranean\" clinics", "-eastern mediterranean",
                "eastern OR mediterranean", "(eastern mediterranean)")) {
            Set<String> introduced = new HashSet<>();
            QueryText.markNames(typed, concepts, introduced);
            assertThat(introduced).as(typed).isEmpty();
        }
    }

    @Test
    void normalisingKeepsTheDotOfATargetAndDropsMarksAndPunctuation() {
        assertThat(ConceptBridge.normalize("ODD 3.8 :")).isEqualTo("odd 3.8");
        assertThat(ConceptBridge.normalize("Région de l’Asie du Sud-Est")).isEqualTo("region de l asie du sud est");
        assertThat(ConceptBridge.normalize("Кения.")).isEqualTo("кения");
    }
}
