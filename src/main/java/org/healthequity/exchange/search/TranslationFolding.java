package org.healthequity.exchange.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.apache.lucene.util.LongValues;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * Items that are translations of each other ({@link SearchDocument#group()}) are one result: the best ranked of them
 * stands for the family, the others are named beside it ("also in: Français, Español"), and the total counts the family
 * once. Only translations the viewer may see are named.
 */
final class TranslationFolding {

    private TranslationFolding() {
    }

    /**
     * The number of results: matching items, each family of translations among them counted once. A family's members
     * may sit in different segments, so each is known by its ordinal across the whole index ({@link FamilyOrdinals}).
     */
    static long total(FamilyOrdinals.Global families, FacetsCollector matching) throws IOException {
        long items = 0;
        long inFamilies = 0;
        FixedBitSet seen = new FixedBitSet(Math.max(1, families.count()));
        for (FacetsCollector.MatchingDocs docs : matching.getMatchingDocs()) {
            items += docs.totalHits();
            SortedDocValues groups = docs.context().reader().getSortedDocValues(Documents.GROUP);
            DocIdSetIterator matches = groups == null || docs.totalHits() == 0 ? null : docs.bits().iterator();
            if (matches == null) {
                continue;
            }
            LongValues global = families.ofLeaf(docs.context().ord);
            // Leapfrog over the few items in a family rather than over every match.
            int doc = groups.nextDoc();
            while (doc != DocIdSetIterator.NO_MORE_DOCS) {
                int match = matches.docID() < doc ? matches.advance(doc) : matches.docID();
                if (match == DocIdSetIterator.NO_MORE_DOCS) {
                    break;
                }
                if (match == doc) {
                    inFamilies++;
                    seen.set((int) global.get(groups.ordValue()));
                    doc = groups.nextDoc();
                } else {
                    doc = groups.advance(match);
                }
            }
        }
        return items - inFamilies + seen.cardinality();
    }

    /** The ranked hits with each family's best ranked member standing for it, the others left out. */
    static ScoreDoc[] fold(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        Map<Integer, BytesRef> groups = groups(searcher, ranked);
        if (groups.isEmpty()) {
            return ranked;
        }
        Set<BytesRef> seen = new HashSet<>();
        List<ScoreDoc> kept = new ArrayList<>(ranked.length);
        for (ScoreDoc doc : ranked) {
            BytesRef group = groups.get(doc.doc);
            if (group == null || seen.add(group)) {
                kept.add(doc);
            }
        }
        return kept.toArray(ScoreDoc[]::new);
    }

    /** Each hit with the other members of its family that the viewer may see, in the order of the languages. */
    static List<SearchResult.Hit> translations(IndexSearcher searcher, Document[] page, List<SearchResult.Hit> hits,
            Query visible) throws IOException {
        Map<Integer, String> groupOfHit = new HashMap<>();
        try (TermLookups lookups = new TermLookups(searcher)) {
            for (int i = 0; i < page.length; i++) {
                String group = page[i].get(Documents.GROUP);
                // A family of one (an item without translations, most of them) has no one else to name: its term's
                // document frequency, which counts deleted documents too, says so without a search.
                if (group != null && lookups.documents(new Term(Documents.GROUP, group)) > 1) {
                    groupOfHit.put(i, group);
                }
            }
        }
        if (groupOfHit.isEmpty()) {
            return hits;
        }
        BooleanQuery.Builder families = new BooleanQuery.Builder();
        Set.copyOf(groupOfHit.values()).forEach(g -> families.add(new TermQuery(new Term(Documents.GROUP, g)),
                BooleanClause.Occur.SHOULD));
        Query query = new BooleanQuery.Builder().add(families.build(), BooleanClause.Occur.MUST)
                .add(visible, BooleanClause.Occur.FILTER).build();
        Map<String, Map<String, Document>> members = new LinkedHashMap<>();
        StoredFields storedFields = searcher.storedFields();
        for (ScoreDoc member : searcher.search(query, groupOfHit.size() * Language.values().length * 2).scoreDocs) {
            Document stored = storedFields.document(member.doc,
                    Set.of(Documents.GROUP, Documents.KEY, Documents.LANGUAGE, Documents.LINK));
            // An item may be its own family, one document per language (a newsletter's versions): key and language
            // name a member.
            members.computeIfAbsent(stored.get(Documents.GROUP), g -> new LinkedHashMap<>())
                    .put(stored.get(Documents.KEY) + ' ' + stored.get(Documents.LANGUAGE), stored);
        }
        List<SearchResult.Hit> named = new ArrayList<>(hits);
        groupOfHit.forEach((i, group) -> {
            SearchResult.Hit hit = hits.get(i);
            String self = SearchDocument.key(hit.type(), hit.contentId()) + ' ' + hit.language();
            List<SearchResult.Translation> others = members.getOrDefault(group, Map.of()).entrySet().stream()
                    .filter(member -> !member.getKey().equals(self)).map(Map.Entry::getValue)
                    .map(d -> new SearchResult.Translation(d.get(Documents.LANGUAGE), d.get(Documents.LINK)))
                    .sorted(Comparator.comparingInt(t -> Language.ofCode(t.language()).map(Enum::ordinal)
                            .orElse(Integer.MAX_VALUE)))
                    .toList();
            named.set(i, hit.withTranslations(others));
        });
        return named;
    }

    /** The families of the hits that belong to one, read in document order (doc values go forward only). */
    private static Map<Integer, BytesRef> groups(IndexSearcher searcher, ScoreDoc[] ranked) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] docs = Arrays.stream(ranked).mapToInt(d -> d.doc).sorted().toArray();
        Map<Integer, BytesRef> groups = new HashMap<>();
        int leafIndex = -1;
        @Nullable SortedDocValues values = null;
        for (int doc : docs) {
            int leaf = ReaderUtil.subIndex(doc, leaves);
            if (leaf != leafIndex) {
                leafIndex = leaf;
                values = leaves.get(leaf).reader().getSortedDocValues(Documents.GROUP);
            }
            if (values != null && values.advanceExact(doc - leaves.get(leaf).docBase)) {
                groups.put(doc, BytesRef.deepCopyOf(values.lookupOrd(values.ordValue())));
            }
        }
        return groups;
    }
}
