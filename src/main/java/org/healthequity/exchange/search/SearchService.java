package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.document.Document;
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
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.util.HtmlUtils;

import jakarta.annotation.security.PermitAll;

/**
 * Searching the portal. Every query is filtered by what the viewer may see; facets count only that; snippets are
 * escaped text with the matched words marked.
 */
@Service
public class SearchService {

    static final int SNIPPET = 240;
    private static final int FACET_VALUES = 300;

    private final SearchIndex index;
    private final Analyzers analyzers;
    private final MemberContacts contacts;
    private final Map<IndexReader.CacheKey, SortedSetDocValuesReaderState> facetStates = new ConcurrentHashMap<>();

    SearchService(SearchIndex index, MemberContacts contacts) {
        this.index = index;
        this.analyzers = index.analyzers();
        this.contacts = contacts;
    }

    /** One page of results with exact total, facet counts, snippets, and a correction for misspelled words. */
    @PermitAll
    public SearchResult search(SearchRequest request) {
        Set<String> visible = visibility();
        QueryText.Parsed parsed = QueryText.parse(request.query(), analyzers);
        try {
            return index.search(searcher -> run(searcher, request, parsed, visible));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            QueryText.Parsed plain = QueryText.parse(String.join(" ", parsed.plainWords().stream().limit(8).toList()),
                    analyzers);
            try {
                SearchResult result = index.search(searcher -> run(searcher, request, plain, visible));
                return new SearchResult(result.total(), result.hits(), result.facets(), "search.note.simplified",
                        result.didYouMean());
            } catch (IOException io) {
                throw new UncheckedIOException(io);
            }
        }
    }

    /** Titles to offer while a person types (the last word completed, the others matched as typed). */
    @PermitAll
    public List<String> suggest(String typed, int limit) {
        List<String> words = QueryText.plainWords(typed.length() > QueryText.MAX_CHARS
                ? typed.substring(0, QueryText.MAX_CHARS) : typed);
        if (words.isEmpty() || words.getLast().length() < 2) {
            return List.of();
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        words.subList(0, words.size() - 1).stream().limit(8).forEach(w -> query.add(
                new TermQuery(new Term(Analyzers.TITLE_WORDS, w)), BooleanClause.Occur.MUST));
        query.add(new PrefixQuery(new Term(Analyzers.TITLE_WORDS, words.getLast())), BooleanClause.Occur.MUST);
        query.add(visibilityFilter(visibility()), BooleanClause.Occur.FILTER);
        try {
            return index.search(searcher -> {
                TopDocs top = searcher.search(query.build(), limit * 2);
                Set<String> titles = new LinkedHashSet<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    titles.add(searcher.storedFields().document(hit.doc).get(Documents.TITLE_STORED));
                    if (titles.size() == limit) {
                        break;
                    }
                }
                return List.copyOf(titles);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Items like the given one (by the words of its own language), among those the viewer may see. */
    @PermitAll
    public List<SearchResult.Hit> similar(String type, long contentId, int limit) {
        Set<String> visible = visibility();
        try {
            return index.search(searcher -> {
                String key = SearchDocument.key(type, contentId);
                TopDocs self = searcher.search(new TermQuery(new Term(Documents.KEY, key)), 1);
                if (self.scoreDocs.length == 0) {
                    return List.of();
                }
                int docId = self.scoreDocs[0].doc;
                Language language = Language.ofCode(searcher.storedFields().document(docId).get(Documents.LANGUAGE))
                        .orElse(Language.ENGLISH);
                MoreLikeThis mlt = new MoreLikeThis(searcher.getIndexReader());
                mlt.setAnalyzer(analyzers.of(language));
                mlt.setFieldNames(new String[] {Analyzers.body(language)});
                mlt.setMinTermFreq(2);
                mlt.setMinDocFreq(1);
                mlt.setMaxQueryTerms(30);
                Query like = mlt.like(docId);
                Query query = new BooleanQuery.Builder().add(like, BooleanClause.Occur.MUST)
                        .add(visibilityFilter(visible), BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(Documents.KEY, key)), BooleanClause.Occur.MUST_NOT).build();
                TopDocs top = searcher.search(query, limit);
                List<SearchResult.Hit> hits = new ArrayList<>();
                for (ScoreDoc hit : top.scoreDocs) {
                    hits.add(hit(searcher.storedFields().document(hit.doc), ""));
                }
                return hits;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SearchResult run(IndexSearcher searcher, SearchRequest request, QueryText.Parsed parsed,
            Set<String> visible) throws IOException {
        Query base = new BooleanQuery.Builder().add(parsed.query(), BooleanClause.Occur.MUST)
                .add(visibilityFilter(visible), BooleanClause.Occur.FILTER).build();
        DrillDownQuery drill = drillDown(base, request.filters(), null);
        int wanted = request.offset() + request.limit();
        Sort sort = request.sort() == SearchSort.NEWEST || parsed.matchAll()
                ? new Sort(new SortField(Documents.PUBLISHED, SortField.Type.LONG, true)) : null;
        FacetsCollectorManager.FacetsResult result = sort == null
                ? FacetsCollectorManager.search(searcher, drill, wanted, new FacetsCollectorManager())
                : FacetsCollectorManager.search(searcher, drill, wanted, sort, new FacetsCollectorManager());
        long total = exactTotal(result.facetsCollector());
        ScoreDoc[] all = result.topDocs().scoreDocs;
        int from = Math.min(request.offset(), all.length);
        ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
        Map<Integer, String> snippets = snippets(searcher, parsed, page);
        List<SearchResult.Hit> hits = new ArrayList<>(page.length);
        for (ScoreDoc doc : page) {
            hits.add(hit(searcher.storedFields().document(doc.doc), snippets.getOrDefault(doc.doc, "")));
        }
        Map<Facet, List<SearchResult.FacetCount>> facets = facets(searcher, base, request.filters(),
                result.facetsCollector());
        String didYouMean = total == 0 && !parsed.matchAll() ? didYouMean(searcher, request.query()) : null;
        return new SearchResult(total, hits, facets, parsed.noteKey(), didYouMean);
    }

    private static long exactTotal(FacetsCollector collector) {
        long total = 0;
        for (FacetsCollector.MatchingDocs docs : collector.getMatchingDocs()) {
            total += docs.totalHits();
        }
        return total;
    }

    private static DrillDownQuery drillDown(Query base, Map<Facet, Set<String>> filters, @Nullable Facet except) {
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
    private Map<Facet, List<SearchResult.FacetCount>> facets(IndexSearcher searcher, Query base,
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

    private Map<Integer, String> snippets(IndexSearcher searcher, QueryText.Parsed parsed, ScoreDoc[] page)
            throws IOException {
        Map<Integer, String> snippets = new java.util.HashMap<>();
        if (page.length == 0) {
            return snippets;
        }
        if (!parsed.matchAll()) {
            // Only the body fields of the languages on this page: a page in one language highlights one field.
            Set<String> languages = new java.util.TreeSet<>();
            for (ScoreDoc doc : page) {
                languages.add(searcher.storedFields().document(doc.doc, Set.of(Documents.LANGUAGE))
                        .get(Documents.LANGUAGE));
            }
            String[] fields = languages.stream().map(code -> Analyzers.BODY + code).toArray(String[]::new);
            UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzers.perField())
                    .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", "… ", true))
                    .withMaxLength(Documents.STORED_BODY).build();
            Map<String, String[]> byField = highlighter.highlightFields(fields, parsed.query(),
                    new TopDocs(new TotalHits(page.length, TotalHits.Relation.EQUAL_TO), page));
            for (int i = 0; i < page.length; i++) {
                for (String field : fields) {
                    String[] values = byField.get(field);
                    if (values != null && values[i] != null && !values[i].isBlank()) {
                        snippets.put(page[i].doc, values[i]);
                        break;
                    }
                }
            }
        }
        for (ScoreDoc doc : page) {
            if (!snippets.containsKey(doc.doc)) {
                Document stored = searcher.storedFields().document(doc.doc);
                String language = stored.get(Documents.LANGUAGE);
                String body = stored.get(Analyzers.BODY + language);
                snippets.put(doc.doc, HtmlUtils.htmlEscape(body == null ? "" : body.length() > SNIPPET
                        ? body.substring(0, SNIPPET) + "…" : body, "UTF-8"));
            }
        }
        return snippets;
    }

    /** Replaces each word that occurs nowhere by the closest word that does (two edits at most), if any. */
    private @Nullable String didYouMean(IndexSearcher searcher, String query) throws IOException {
        IndexReader reader = searcher.getIndexReader();
        Terms terms = MultiTerms.getTerms(reader, Analyzers.WORDS);
        if (terms == null) {
            return null;
        }
        List<String> words = QueryText.plainWords(query);
        List<String> corrected = new ArrayList<>();
        boolean changed = false;
        for (String word : words.stream().limit(QueryText.MAX_WORDS).toList()) {
            Term term = new Term(Analyzers.WORDS, word);
            if (reader.docFreq(term) > 0 || word.length() < 3) {
                corrected.add(word);
                continue;
            }
            FuzzyTermsEnum candidates = new FuzzyTermsEnum(terms, term, 2, 1, true);
            String best = null;
            float bestBoost = -1;
            int bestFreq = 0;
            while (candidates.next() != null) {
                float boost = candidates.getBoost();
                int freq = candidates.docFreq();
                if (boost > bestBoost || (boost == bestBoost && freq > bestFreq)) {
                    best = candidates.term().utf8ToString();
                    bestBoost = boost;
                    bestFreq = freq;
                }
            }
            if (best != null) {
                corrected.add(best);
                changed = true;
            } else {
                corrected.add(word);
            }
        }
        return changed ? String.join(" ", corrected) : null;
    }

    private static SearchResult.Hit hit(Document stored, String snippet) {
        return new SearchResult.Hit(stored.get(Documents.TYPE),
                stored.getField(Documents.CONTENT_ID).numericValue().longValue(), stored.get(Documents.TITLE_STORED),
                snippet, stored.get(Documents.LANGUAGE),
                Instant.ofEpochMilli(stored.getField(Documents.PUBLISHED).numericValue().longValue()),
                stored.get(Documents.LINK));
    }

    /** What the current viewer may see: public items; members also their networks' items. */
    Set<String> visibility() {
        Set<String> tokens = new HashSet<>();
        tokens.add(SearchDocument.PUBLIC);
        ExchangeUser viewer = CurrentUser.get().orElse(null);
        if (viewer == null) {
            return tokens;
        }
        if (viewer.hasRole(Role.SECRETARIAT) || viewer.hasRole(Role.ADMIN)) {
            for (Network network : Network.values()) {
                tokens.add("network:" + network.name());
            }
        } else {
            contacts.myNetworks().forEach(network -> tokens.add("network:" + network.name()));
        }
        return tokens;
    }

    private static Query visibilityFilter(Set<String> tokens) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tokens.forEach(token -> any.add(new TermQuery(new Term(Documents.VISIBILITY, token)),
                BooleanClause.Occur.SHOULD));
        return any.setMinimumNumberShouldMatch(1).build();
    }
}
