package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
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

    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();

    static DrillDownQuery drillDown(Query base, Map<Facet, Set<String>> filters, @Nullable Facet except) {
        DrillDownQuery drill = new DrillDownQuery(Documents.FACETS, base);
        filters.forEach((facet, values) -> {
            if (facet == except) {
                return;
            }
            for (String value : values) {
                if (facet == Facet.SDG && value.contains(".")) {
                    drill.add(facet.param(), value.substring(0, value.indexOf('.')), value);
                } else {
                    drill.add(facet.param(), value);
                }
            }
        });
        return drill;
    }

    /** Counts per dimension; a dimension with choices is counted without its own choice (drill sideways). */
    Map<Facet, List<SearchResult.FacetCount>> count(IndexSearcher searcher, Query base,
            Map<Facet, Set<String>> filters, FacetsCollector matching) throws IOException {
        SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
        Map<Facet, List<SearchResult.FacetCount>> facets = new EnumMap<>(Facet.class);
        if (state == null) {
            return facets;
        }
        Facets shared = new SortedSetDocValuesFacetCounts(state, matching);
        for (Facet facet : Facet.values()) {
            Facets counts = shared;
            if (filters.containsKey(facet) && !filters.get(facet).isEmpty()) {
                FacetsCollector sideways = searcher.search(drillDown(base, filters, facet),
                        new FacetsCollectorManager());
                counts = new SortedSetDocValuesFacetCounts(state, sideways);
            }
            facets.put(facet, counts(counts, facet));
        }
        return facets;
    }

    private static List<SearchResult.FacetCount> counts(Facets counts, Facet facet) throws IOException {
        FacetResult top;
        try {
            top = counts.getTopChildren(FACET_VALUES, facet.param());
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        if (top == null) {
            return List.of();
        }
        List<SearchResult.FacetCount> values = new ArrayList<>();
        for (LabelAndValue value : top.labelValues) {
            List<SearchResult.FacetCount> children = List.of();
            if (facet == Facet.SDG) {
                FacetResult targets = counts.getTopChildren(FACET_VALUES, facet.param(), value.label);
                children = targets == null ? List.of() : java.util.Arrays.stream(targets.labelValues)
                        .map(t -> new SearchResult.FacetCount(t.label, t.value.longValue(), List.of())).toList();
            }
            values.add(new SearchResult.FacetCount(value.label, value.value.longValue(), children));
        }
        return values;
    }

    private @Nullable SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
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

    private static @Nullable SortedSetDocValuesReaderState buildState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, Documents.FACETS);
        } catch (IllegalArgumentException e) {
            return null; // an empty index has no facet field yet
        }
    }
}
