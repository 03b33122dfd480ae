package org.healthequity.exchange.search;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.healthequity.exchange.shared.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** How the search box reads what a person typed: the names of concepts in it, and the words in every language. */
class QueryTextTest {

    private static final Set<Term> EMR = Set.of(new Term("$facets", "region/EMR"));
    private final ConceptBridge.Concepts concepts = ConceptBridge.Concepts.of(Map.of(
            "eastern mediterranean", EMR, "region del mediterraneo oriental", EMR, "东地中海区域", EMR,
            "住房", Set.of(new Term("$facets", "theme/HOUSING")), "housing", Set.of(new Term("$facets",
                    "theme/HOUSING"))));
    private final Analyzers analyzers = new Analyzers();

    @Test
    void eachWordIsSearchedInEveryLanguageAtOnceAndItsConceptCountsOnce() {
        Query query = QueryText.parse("housing health", analyzers, concepts, BooleanClause.Occur.MUST).query();
        assertThat(query).isInstanceOf(BooleanQuery.class);
        List<BooleanClause> words = ((BooleanQuery) query).clauses();
        assertThat(words).extracting(BooleanClause::occur).containsExactly(BooleanClause.Occur.MUST,
                BooleanClause.Occur.MUST);
        Set<String> fieldsOfHealth = new HashSet<>();
        words.get(1).query().visit(fieldsCollector(fieldsOfHealth));
        assertThat(fieldsOfHealth).contains("title_en", "body_en", "extra_en", "title_fr", "body_ar", "extra_zh");
        List<Term> facetTerms = new java.util.ArrayList<>();
        query.visit(new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                List.of(terms).stream().filter(t -> t.field().equals("$facets")).forEach(facetTerms::add);
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        });
        assertThat(facetTerms).containsExactly(new Term("$facets", "theme/HOUSING"));
    }

    @Test
    void eachFieldOfALanguageGetsTheTermsItsOwnAnalysisWouldGive() {
        // Searched across the languages at once, each field still holds what its language's analysis makes of it.
        for (String typed : List.of("hospitalisation programmes health", "\"social protection\" housing",
                "logement santé", "住房政策", "здравоохранение жилье", "الصحة", "-flood resilience drought")) {
            Map<String, Set<Term>> byField = new TreeMap<>();
            QueryText.parse(typed, analyzers, ConceptBridge.Concepts.of(Map.of()), BooleanClause.Occur.MUST).query()
                    .visit(termsByField(byField));
            for (Language language : Language.values()) {
                for (String field : List.of(Analyzers.title(language), Analyzers.body(language),
                        Analyzers.extra(language))) {
                    Map<String, Set<Term>> alone = new TreeMap<>();
                    new SimpleQueryParser(analyzers.of(language),
                            Map.of(field, 1f)).parse(typed).visit(termsByField(alone));
                    assertThat(byField.getOrDefault(field, Set.of())).as(typed + " in " + field)
                            .isEqualTo(alone.getOrDefault(field, Set.of()));
                }
            }
            assertThat(byField).as(typed).isNotEmpty();
        }
    }

    private static QueryVisitor termsByField(Map<String, Set<Term>> byField) {
        return new QueryVisitor() {
            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term term : terms) {
                    byField.computeIfAbsent(term.field(), f -> new HashSet<>()).add(term);
                }
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
    }

    @Test
    void aWordThatIsAStopWordInSomeLanguagesLeavesEachLanguageItsOwnQuery() {
        // "the" means nothing in English but is a word in French: one conjunction could not say "every word, in the
        // item's own language".
        Query query = QueryText.parse("the housing", analyzers, concepts, BooleanClause.Occur.MUST).query();
        assertThat(query).isInstanceOf(DisjunctionMaxQuery.class);
        Set<String> fields = new HashSet<>();
        query.visit(fieldsCollector(fields));
        assertThat(fields).contains("body_en", "body_fr");
    }

    @Test
    void aQuotedPhraseLeavesEachLanguageItsOwnQueryAndANameOfSeveralWordsIsSearchedAcrossThem() {
        assertThat(QueryText.parse("\"social protection\" health", analyzers, concepts, BooleanClause.Occur.MUST)
                .query()).isInstanceOf(DisjunctionMaxQuery.class);
        assertThat(QueryText.parse("clinics eastern mediterranean", analyzers, concepts, BooleanClause.Occur.MUST)
                .query()).isInstanceOf(BooleanQuery.class);
    }

    private static QueryVisitor fieldsCollector(Set<String> fields) {
        return new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                fields.add(field);
                return true;
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return this;
            }
        };
    }

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
