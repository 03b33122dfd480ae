package org.healthequity.exchange.casestudy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.FacetDefinition.FacetLabels;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published case studies for the search index, in their live version with the extracted text of its attachments.
 * Nothing else: a draft, a submission or a retracted case study is never handed to the index.
 */
@Component
class CaseStudySearchSource implements SearchSource {

    /** The years a case study ran, each a value of this facet. */
    static final String YEAR = "year";

    private final LibraryRows rows;
    private final TransactionTemplate readOnly;
    private final ReferenceFacets reference;

    CaseStudySearchSource(LibraryRows rows, PlatformTransactionManager transactions,
            ReferenceFacets reference) {
        this.rows = rows;
        this.reference = reference;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public String type() {
        return CaseStudyAuthoring.TYPE;
    }

    /** Country, region, theme, dimension, SDG and network as the reference vocabularies define them; the years. */
    @Override
    public List<FacetDefinition> facets() {
        List<FacetDefinition> facets = new ArrayList<>(reference.all());
        facets.add(FacetDefinition.flat(YEAR, 30, FacetLabels.asIs()).valuesNewestFirst());
        return facets;
    }

    @Override
    public long count() {
        return rows.publishedCount();
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        // A cursor (fetch size inside a transaction) streams the rows instead of loading them all.
        readOnly.executeWithoutResult(status -> rows.forEachLive(consumer));
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return rows.live(contentId);
    }
}
