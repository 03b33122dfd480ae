package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.jspecify.annotations.Nullable;

/**
 * Facet filters and counts: values of one dimension combine with OR, dimensions with AND, and a dimension with choices
 * is counted as if its own choice were not made (drill sideways). The facet state is cached per index reader.
 */
final class FacetCounting {

    private static final int FACET_VALUES = 300;
    private static final int MAX_LEVELS = 4;

    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();
    private final SearchFacets facets;

    FacetCounting(SearchFacets facets) {
        this.facets = facets;
    }

    DrillDownQuery drillDown(Query base, Map<String, Set<String>> filters, @Nullable String except) {
        DrillDownQuery drill = new DrillDownQuery(facets.config(), base);
        filters.forEach((key, values) -> {
            if (key.equals(except) || values.isEmpty()) {
                return;
            }
            for (String value : values) {
                List<String> path = facets.path(key, value);
                // A value that cannot be placed still filters, and matches nothing.
                drill.add(key, path.isEmpty() ? new String[] {value} : path.toArray(String[]::new));
            }
        });
        return drill;
    }

    /** Counts per facet, in the definitions' order, and whether any of them is an estimate from a sample. */
    record Counted(Map<String, List<SearchResult.FacetCount>> facets, boolean estimated) {
    }

    /**
     * Counts per facet; a facet with choices is counted without its own choice (drill sideways). With a
     * {@code sampling}, {@code matching} holds the matches in its sample, and the counts of facets without choices are
     * scaled from it; without, they are exact. A facet with a choice is exact when its search without the choice is
     * narrow, and otherwise counted on a sample of its own, sized for that search.
     */
    Counted count(IndexSearcher searcher, Query base, Map<String, Set<String>> filters, FacetsCollector matching,
            @Nullable Sampling sampling) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<String, List<SearchResult.FacetCount>> counted = new LinkedHashMap<>();
        if (state == null) {
            return new Counted(counted, false);
        }
        boolean estimated = sampling != null;
        Facets shared = new SortedSetDocValuesFacetCounts(state, matching);
        for (FacetDefinition facet : facets.definitions()) {
            if (filters.getOrDefault(facet.key(), Set.of()).isEmpty()) {
                List<SearchResult.FacetCount> values = counts(shared, facet);
                counted.put(facet.key(), sampling == null ? values : sampling.scale(values));
                continue;
            }
            // Sampled by its own breadth, not the page's: the page's sample is sized for the search with this choice,
            // and the search without it may be many times broader ("health" in Kenya, counted by country, is
            // "health" everywhere: at a million items a fifth of 370,000 matches counted, not 3,000).
            Query unsampled = searcher.rewrite(drillDown(base, filters, facet.key()));
            long estimate = Sampling.estimate(searcher, unsampled);
            Sampling sideways = estimate > Sampling.EXACT_UP_TO ? Sampling.of(searcher, estimate) : null;
            Query without = sideways == null ? unsampled
                    : drillDown(sideways.restrict(base), filters, facet.key());
            List<SearchResult.FacetCount> values = counts(new SortedSetDocValuesFacetCounts(state,
                    searcher.search(without, new FacetsCollectorManager())), facet);
            counted.put(facet.key(), sideways == null ? values : sideways.scale(values));
            estimated |= sideways != null;
        }
        return new Counted(counted, estimated);
    }

    private static List<SearchResult.FacetCount> counts(Facets counts, FacetDefinition facet, String... path)
            throws IOException {
        FacetResult top;
        try {
            top = counts.getTopChildren(FACET_VALUES, facet.key(), path);
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (top == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> values = new ArrayList<>();
        for (LabelAndValue value : top.labelValues) {
            List<SearchResult.FacetCount> children = List.of();
            if (facet.hierarchical() && path.length < MAX_LEVELS) {
                String[] below = Arrays.copyOf(path, path.length + 1);
                below[path.length] = value.label;
                children = counts(counts, facet, below);
            }
            values.add(new SearchResult.FacetCount(value.label, value.value.longValue(), children));
        }
        return values;
    }

    @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        IndexReader.CacheHelper helper = reader.getReaderCacheHelper();
        if (helper == null) {
            return buildState(reader);
        }
        SortedSetDocValuesReaderState cached = facetStates.get(helper.getKey());
        if (cached != null) {
            return cached;
        }
        SortedSetDocValuesReaderState state = buildState(reader);
        if (state != null) {
            facetStates.put(helper.getKey(), state);
            helper.addClosedListener(facetStates::remove);
        }
        return state;
    }

    private @Nullable SortedSetDocValuesReaderState buildState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, facets.config());
        } catch (IllegalArgumentException e) {
            return null; // an empty index has no facet field yet
        }
    }
}
