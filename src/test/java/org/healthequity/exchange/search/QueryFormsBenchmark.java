package org.healthequity.exchange.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The two forms of a query across languages (ADR 0036) on one index in one JVM, in turns: one conjunction of words
 * each searched in every language, against one query per language under a disjunction. A shared machine's speed moves
 * from minute to minute, so forms measured in separate runs cannot be compared; measured in turns they can. Measures
 * what the form changes: the estimate and the top hits (no concepts, no facets, no snippets). Not a test: run with
 * {@code ./mvnw -o test -Dtest=QueryFormsBenchmark -Dbench.index=target/bench-data/search} after the search
 * benchmark has built its index; prints one FORMS line per query.
 */
@EnabledIfSystemProperty(named = "bench.index", matches = ".+")
class QueryFormsBenchmark {

    private static final int ROUNDS = Integer.getInteger("bench.rounds", 200);

    @Test
    void compare() throws IOException {
        Path folder = Path.of(System.getProperty("bench.index"));
        Path generation = folder.resolve(Files.readString(folder.resolve("CURRENT")).strip());
        Analyzers analyzers = new Analyzers();
        try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(generation))) {
            IndexSearcher searcher = new SlicedSearchers().newSearcher(reader, null);
            Query kenya = new TermQuery(countryTerm(reader, "KE"));
            Query publicOnly = new TermQuery(new Term(Documents.VISIBILITY, SearchDocument.PUBLIC));
            for (String label : List.of("housing health", "\"social protection\"", "health", "(resilience | flood)",
                    "housing", "health in Kenya")) {
                Query visible = label.endsWith(" in Kenya") ? new BooleanQuery.Builder()
                        .add(publicOnly, BooleanClause.Occur.FILTER).add(kenya, BooleanClause.Occur.FILTER).build()
                        : publicOnly;
                String text = label.replace(" in Kenya", "");
                Query across = QueryText.parse(text, analyzers).query();
                Query perLanguage = QueryText.perLanguage(text, analyzers, ConceptBridge.Concepts.NONE,
                        new HashSet<>(), BooleanClause.Occur.MUST);
                List<Double> acrossMs = new ArrayList<>();
                List<Double> perLanguageMs = new ArrayList<>();
                float[] best = new float[2];
                List<Long> sliceThreads = new ArrayList<>();
                for (int round = 0; round < ROUNDS + 20; round++) {
                    boolean measured = round >= 20;
                    if (round == 20) {
                        sliceThreads.addAll(SearchBenchmark.sliceThreads());
                    }
                    boolean acrossFirst = round % 2 == 0;
                    for (int turn = 0; turn < 2; turn++) {
                        boolean isAcross = acrossFirst == (turn == 0);
                        long cpu = SearchBenchmark.searchCpuNanos(sliceThreads);
                        TopDocs top = page(searcher, isAcross ? across : perLanguage, visible);
                        double ms = (SearchBenchmark.searchCpuNanos(sliceThreads) - cpu) / 1e6;
                        best[isAcross ? 0 : 1] = top.scoreDocs.length == 0 ? 0 : top.scoreDocs[0].score;
                        if (measured) {
                            (isAcross ? acrossMs : perLanguageMs).add(ms);
                        }
                    }
                }
                assertThat(best[0]).as("the best hit's score, the same in both forms: " + text)
                        .isCloseTo(best[1], Offset.offset(1e-3f));
                double a = SearchBenchmark.percentile(acrossMs, 50);
                double p = SearchBenchmark.percentile(perLanguageMs, 50);
                System.out.printf(Locale.ROOT, "FORMS docs=%d query=%s per_language_cpu_p50_ms=%.2f "
                        + "across_cpu_p50_ms=%.2f per_language_cpu_p95_ms=%.2f across_cpu_p95_ms=%.2f across_vs_per_language=%.2f%n",
                        reader.numDocs(), label.replace(' ', '_'), p, a,
                        SearchBenchmark.percentile(perLanguageMs, 95), SearchBenchmark.percentile(acrossMs, 95), a / p);
            }
        }
    }

    /** The drill-down term of a country (the facet is hierarchical: region, then country). */
    private static Term countryTerm(DirectoryReader reader, String code) throws IOException {
        TermsEnum terms = MultiTerms.getTerms(reader, "$facets").iterator();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            String value = term.utf8ToString();
            if (value.startsWith("country") && value.endsWith("\u001f" + code)) {
                return new Term("$facets", value);
            }
        }
        throw new IllegalStateException("no country " + code + " in the index");
    }

    /** The estimate and the top 20 (the two searches a broad page makes with the query as parsed). */
    private static TopDocs page(IndexSearcher searcher, Query parsed, Query visible) throws IOException {
        Query query = TermLookups.resolved(searcher, searcher.rewrite(new BooleanQuery.Builder()
                .add(parsed, BooleanClause.Occur.MUST).add(visible, BooleanClause.Occur.FILTER).build()));
        Sampling.estimate(searcher, query);
        return Sampling.topHits(searcher, query, 20, null);
    }
}
