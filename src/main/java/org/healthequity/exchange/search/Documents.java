package org.healthequity.exchange.search;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * How a {@link SearchDocument} becomes a Lucene document (its facets placed by the {@link SearchFacets}), who finds it,
 * and how a result is read back from it.
 */
final class Documents {

    static final String KEY = "key";
    static final String TYPE = "type";
    static final String CONTENT_ID = "content_id";
    static final String LANGUAGE = "language";
    static final String TITLE_STORED = "title";
    static final String LINK = "link";
    static final String PUBLISHED = "published";
    static final String VISIBILITY = "visibility";
    /** Tokens whose holders do not find the document ({@link SearchDocument#hiddenFrom()}). */
    static final String HIDDEN = "hidden";
    /** Which of its item's documents this is ({@link SearchDocument#variant()}), stored when the item has several. */
    static final String VARIANT = "variant";
    /** The item's {@link SearchDocument#contentHash()}, to tell a stale document from a current one. */
    static final String CONTENT_HASH = "content_hash";
    static final String UPDATED = "updated";
    /** The {@link SearchDocument#group()} of a translation: doc values to fold a page, a term to find the others. */
    static final String GROUP = "group";

    /** Long texts are stored (for snippets) with offsets (for the highlighter), capped to bound the index. */
    static final int STORED_BODY = 40_000;

    private static final FieldType HIGHLIGHTED = new FieldType(TextField.TYPE_STORED);

    static {
        HIGHLIGHTED.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        HIGHLIGHTED.freeze();
    }

    private Documents() {
    }

    static Document toLucene(SearchDocument item, SearchFacets facets) {
        Document doc = new Document();
        doc.add(new StringField(KEY, item.key(), Field.Store.YES));
        doc.add(new StoredField(TYPE, item.type()));
        doc.add(new StoredField(CONTENT_ID, item.contentId()));
        doc.add(new StoredField(LANGUAGE, item.language().code()));
        doc.add(new StoredField(TITLE_STORED, item.title()));
        doc.add(new StoredField(LINK, item.link()));
        doc.add(new StoredField(CONTENT_HASH, item.contentHash()));
        doc.add(new StoredField(UPDATED, item.updatedAt().toEpochMilli()));
        long published = item.publishedAt().toEpochMilli();
        doc.add(new LongPoint(PUBLISHED, published));
        doc.add(new NumericDocValuesField(PUBLISHED, published));
        doc.add(new StoredField(PUBLISHED, published));
        if (!item.group().isBlank()) {
            doc.add(new StringField(GROUP, item.group(), Field.Store.YES));
            doc.add(new SortedDocValuesField(GROUP, new BytesRef(item.group())));
        }
        item.visibility().forEach(v -> doc.add(new StringField(VISIBILITY, v, Field.Store.NO)));
        item.hiddenFrom().forEach(v -> doc.add(new StringField(HIDDEN, v, Field.Store.NO)));
        if (!item.variant().isEmpty()) {
            doc.add(new StoredField(VARIANT, item.variant()));
        }
        doc.add(new Field(Analyzers.title(item.language()), item.title(), TextField.TYPE_NOT_STORED));
        String body = item.body().length() > STORED_BODY ? item.body().substring(0, STORED_BODY) : item.body();
        doc.add(new Field(Analyzers.body(item.language()), body, HIGHLIGHTED));
        if (item.body().length() > STORED_BODY) {
            doc.add(new Field(Analyzers.body(item.language()), item.body().substring(STORED_BODY),
                    TextField.TYPE_NOT_STORED));
        }
        if (!item.extraText().isBlank()) {
            doc.add(new Field(Analyzers.extra(item.language()), item.extraText(), TextField.TYPE_NOT_STORED));
        }
        doc.add(new Field(Analyzers.WORDS, item.title(), TextField.TYPE_NOT_STORED));
        // "Did you mean" offers the words of bodies too, not only of titles.
        doc.add(new Field(Analyzers.WORDS, body, TextField.TYPE_NOT_STORED));
        doc.add(new Field(Analyzers.TITLE_WORDS, item.title(), TextField.TYPE_NOT_STORED));
        facet(doc, FacetDefinition.TYPE, List.of(item.type()));
        facet(doc, FacetDefinition.LANGUAGE, List.of(item.language().code()));
        item.facets().forEach((key, values) -> {
            if (!key.equals(FacetDefinition.TYPE) && !key.equals(FacetDefinition.LANGUAGE)) {
                values.stream().filter(v -> !v.isBlank()).distinct().map(v -> facets.path(key, v))
                        .filter(path -> !path.isEmpty())
                        .forEach(path -> doc.add(new SortedSetDocValuesFacetField(key, path.toArray(String[]::new))));
            }
        });
        return doc;
    }

    private static void facet(Document doc, String key, List<String> values) {
        values.stream().filter(v -> !v.isBlank()).distinct()
                .forEach(v -> doc.add(new SortedSetDocValuesFacetField(key, v)));
    }

    /** One of the document's tokens held, and none of those that hide it ({@link SearchDocument#hiddenFrom()}). */
    static Query visibleTo(Set<String> tokens) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        tokens.forEach(token -> any.add(new TermQuery(new Term(VISIBILITY, token)), BooleanClause.Occur.SHOULD));
        tokens.forEach(token -> any.add(new TermQuery(new Term(HIDDEN, token)), BooleanClause.Occur.MUST_NOT));
        return any.setMinimumNumberShouldMatch(1).build();
    }

    /** A result as its stored fields give it, with its snippet. */
    static SearchResult.Hit hit(Document stored, String snippet) {
        return new SearchResult.Hit(stored.get(TYPE), stored.getField(CONTENT_ID).numericValue().longValue(),
                stored.get(TITLE_STORED), snippet, stored.get(LANGUAGE),
                Instant.ofEpochMilli(stored.getField(PUBLISHED).numericValue().longValue()), stored.get(LINK));
    }
}
