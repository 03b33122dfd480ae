package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

import jakarta.annotation.security.PermitAll;

/**
 * Searching the portal. Every query is filtered by what the viewer may see; facets count only that; snippets are
 * escaped text with the matched words marked.
 */
@Service
@NamedInterface("api")
public class SearchService {

    /** How many hits beyond the page are read at most to fold translations into one result. */
    private static final int FOLD_WINDOW = 1_000;

    private final SearchIndex index;
    private final Analyzers analyzers;
    private final List<ViewerTokens> viewerTokens;
    private final FacetCounting facetCounting;
    private final ConceptBridge bridge;
    private final FamilyOrdinals families = new FamilyOrdinals();
    private final Suggestions suggestions;

    SearchService(SearchIndex index, List<ViewerTokens> viewerTokens,
            Translations translations) {
        this.index = index;
        this.analyzers = index.analyzers();
        this.viewerTokens = List.copyOf(viewerTokens);
        this.facetCounting = new FacetCounting(index.facets());
        this.bridge = new ConceptBridge(index.facets(), translations);
        this.suggestions = new Suggestions(index);
    }

    /** The facets of the search page, in their order (type, language and those the sources define). */
    @PermitAll
    public List<FacetDefinition> facets() {
        return index.facets().definitions();
    }

    /**
     * One page of results with the total (exact, or estimated for a broad search), facet counts, snippets, and a correction for misspelled words. Words naming
     * a concept in any language also find the items tagged with it; a search that finds nothing is relaxed (any word
     * instead of all, then the closest spellings) with a note saying so; translations of one item are one result.
     */
    @PermitAll
    public SearchResult search(SearchRequest request) {
        Set<String> visible = visibility();
        try {
            return index.search(searcher -> {
                IndexReader reader = searcher.getIndexReader();
                ConceptBridge.Concepts concepts = bridge.of(reader, facetCounting.facetState(reader));
                try {
                    return relaxed(searcher, request, concepts, visible);
                } catch (IndexSearcher.TooManyClauses e) {
                    QueryText.Parsed plain = QueryText.parse(String.join(" ", QueryText.parse(request.query(),
                            analyzers).plainWords().stream().limit(8).toList()), analyzers, concepts,
                            BooleanClause.Occur.MUST);
                    return run(searcher, request, plain, visible).withNote("search.note.simplified");
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The search as asked; when it finds nothing, with any of its words; then with the closest spellings. Only a search
     * of words is relaxed: an exclusion or a phrase would be lost.
     */
    private SearchResult relaxed(IndexSearcher searcher, SearchRequest request, ConceptBridge.Concepts concepts,
            Set<String> visible) throws IOException {
        QueryText.Parsed parsed = QueryText.parse(request.query(), analyzers, concepts, BooleanClause.Occur.MUST);
        SearchResult strict = run(searcher, request, parsed, visible);
        if (strict.total() > 0 || parsed.matchAll() || !QueryText.wordsOnly(request.query())) {
            return strict;
        }
        if (parsed.plainWords().size() > 1) {
            SearchResult any = run(searcher, request, QueryText.parse(request.query(), analyzers, concepts,
                    BooleanClause.Occur.SHOULD), visible);
            if (any.total() > 0) {
                return new SearchResult(any.total(), any.hits(), any.facets(), "search.note.relaxed-any-word",
                        strict.didYouMean(), any.estimated(), any.countsEstimated());
            }
        }
        String closest = strict.didYouMean();
        if (closest != null) {
            for (BooleanClause.Occur words : List.of(BooleanClause.Occur.MUST, BooleanClause.Occur.SHOULD)) {
                SearchResult close = run(searcher, request, QueryText.parse(closest, analyzers, concepts, words),
                        visible);
                if (close.total() > 0) {
                    return new SearchResult(close.total(), close.hits(), close.facets(),
                            "search.note.relaxed-spelling", closest, close.estimated(), close.countsEstimated());
                }
            }
        }
        return strict;
    }

    /** Titles to offer while a person types (the last word completed, the others matched as typed). */
    @PermitAll
    public List<String> suggest(String typed, int limit) {
        return suggestions.titles(typed, limit, visibility());
    }

    /** Items like the given one (by the words of its own language), among those the viewer may see. */
    @PermitAll
    public List<SearchResult.Hit> similar(String type, long contentId, int limit) {
        return suggestions.similar(type, contentId, limit, visibility());
    }

    /**
     * One page. A search that matches few enough items is counted exactly; a broader one (estimated from the index's
     * statistics before matching) is counted on an even sample of the index, and its total and facet counts are
     * estimates the page calls so ("about 61,000 results"): the top hits are still the best of all matches, found by
     * skipping documents that cannot compete.
     */
    private SearchResult run(IndexSearcher searcher, SearchRequest request, QueryText.Parsed parsed,
            Set<String> visible) throws IOException {
        Sort sort = request.sort() == SearchSort.NEWEST || parsed.matchAll()
                ? new Sort(new SortField(Documents.PUBLISHED, SortField.Type.LONG, true)) : null;
        boolean chosen = !request.filters().values().stream().allMatch(Set::isEmpty);
        Query visibility = Documents.visibleTo(visible);
        Query base;
        Query drill;
        long estimate;
        TopHits ranking = null;
        // The words looked up in the index once for every search below (estimate, top hits, counts, facets).
        try (TermLookups lookups = new TermLookups(searcher)) {
            base = lookups.resolve(searcher.rewrite(new BooleanQuery.Builder()
                    .add(parsed.query(), BooleanClause.Occur.MUST)
                    .add(visibility, BooleanClause.Occur.FILTER).build()));
            // Rewritten once for the estimate and the search; without a facet chosen it is the base, rewritten.
            drill = chosen ? searcher.rewrite(facetCounting.drillDown(base, request.filters(), null)) : base;
            estimate = MatchEstimate.of(searcher, lookups, drill);
            if (estimate > Sampling.EXACT_UP_TO) {
                ranking = TopHits.of(searcher, lookups, drill, parsed.query(), chosen, visibility, visible, sort);
            }
        }
        int wanted = request.offset() + request.limit();
        // Enough hits to fill the page after folding translations into one result (six languages at most).
        int window = Math.min(wanted * Language.values().length, wanted + FOLD_WINDOW);
        if (ranking != null) {
            Sampling sampling = Sampling.of(searcher, estimate);
            Query sampledBase = sampling.restrict(base);
            FacetsCollector sampled = searcher.search(facetCounting.drillDown(sampledBase, request.filters(), null),
                    new FacetsCollectorManager());
            long total = sampling.scale(TranslationFolding.total(families.of(searcher.getIndexReader()), sampled));
            if (total > Sampling.EXACT_UP_TO) {
                TopDocs top = topToFold(searcher, ranking, wanted, window);
                FacetCounting.Counted facets = facetCounting.count(searcher, base, request.filters(), sampled,
                        sampling);
                return page(searcher, request, parsed, visible, top, Sampling.about(total), facets, true);
            }
        }
        FacetsCollectorManager.FacetsResult result = sort == null
                ? FacetsCollectorManager.search(searcher, drill, window, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, drill, window, sort, new FacetsCollectorManager());
        long total = TranslationFolding.total(families.of(searcher.getIndexReader()),
                result.facetsCollector());
        FacetCounting.Counted facets = facetCounting.count(searcher, base, request.filters(),
                result.facetsCollector(), null);
        return page(searcher, request, parsed, visible, result.topDocs(), total, facets, false);
    }

    /**
     * The best hits of a broad search for a page that folds translations: twice the page first (a smaller heap lets
     * Lucene skip more), and the whole window only when folding left that short of the page.
     */
    private static TopDocs topToFold(IndexSearcher searcher, TopHits ranking, int wanted, int window)
            throws IOException {
        int first = Math.min(window, wanted * 2);
        TopDocs top = ranking.best(first);
        if (first < window && top.scoreDocs.length == first
                && TranslationFolding.fold(searcher, top.scoreDocs).length < wanted) {
            top = ranking.best(window);
        }
        return top;
    }

    private SearchResult page(IndexSearcher searcher, SearchRequest request, QueryText.Parsed parsed,
            Set<String> visible, TopDocs top, long total, FacetCounting.Counted facets, boolean estimated)
            throws IOException {
        ScoreDoc[] all = TranslationFolding.fold(searcher, top.scoreDocs);
        int from = Math.min(request.offset(), all.length);
        ScoreDoc[] page = Arrays.copyOfRange(all, from, Math.min(all.length, request.offset() + request.limit()));
        // Each hit's stored fields read once, for its result, its snippet and its family.
        StoredFields storedFields = searcher.storedFields();
        Document[] stored = new Document[page.length];
        for (int i = 0; i < page.length; i++) {
            stored[i] = storedFields.document(page[i].doc);
        }
        Map<Integer, String> snippets = Snippets.of(searcher, analyzers, parsed, page, stored);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(Documents.hit(stored[i], snippets.getOrDefault(page[i].doc, "")));
        }
        hits = TranslationFolding.translations(searcher, stored, hits, Documents.visibleTo(visible));
        String didYouMean = total == 0 && !parsed.matchAll() ? Snippets.didYouMean(searcher, request.query(),
                Documents.visibleTo(visible)) : null;
        return new SearchResult(total, hits, facets.facets(), parsed.noteKey(), didYouMean, estimated,
                facets.estimated());
    }

    /**
     * What the current viewer may see: public items, and for a signed-in person the items of the tokens the modules
     * owning memberships grant ({@link ViewerTokens}).
     */
    Set<String> visibility() {
        Set<String> tokens = new HashSet<>();
        tokens.add(SearchDocument.PUBLIC);
        CurrentUser.get().ifPresent(viewer -> viewerTokens.forEach(source -> tokens.addAll(source.tokens(viewer))));
        return tokens;
    }
}
