package org.healthequity.exchange.consultation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Published consultations in search: title, question and synthesis (background as further text). Found by whoever may
 * see the consultation: a network's members ({@code network:…}), a group's ({@code group:…}), or the invited people
 * and the secretariat ({@code consultation:…}, from {@link ConsultationViewerTokens}).
 */
@Component
class ConsultationSearchSource implements SearchSource {

    static final String TYPE = "CONSULTATION";

    private final ConsultationRepository consultations;
    private final ConsultationRows rows;
    private final ReferenceFacets reference;
    private final TransactionTemplate readOnly;

    ConsultationSearchSource(ConsultationRepository consultations, ConsultationRows rows, ReferenceFacets reference,
            PlatformTransactionManager transactions) {
        this.consultations = consultations;
        this.rows = rows;
        this.reference = reference;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return readOnly.execute(status -> (long) rows.publishedIds().size());
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        readOnly.executeWithoutResult(status -> rows.publishedIds().forEach(id -> document(id).ifPresent(consumer)));
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return readOnly.execute(status -> document(contentId));
    }

    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.network());
    }

    private Optional<SearchDocument> document(long id) {
        return consultations.findById(id).filter(c -> c.status() == Consultation.Status.PUBLISHED).map(c -> {
            String synthesis = rows.synthesis(id).map(s -> RichText.plainText(s.body())).orElse("");
            SearchDocument document = new SearchDocument(TYPE, id, Language.ENGLISH, c.title(),
                    RichText.plainText(c.question()) + "\n\n" + synthesis, RichText.plainText(c.background()),
                    c.opensAt(), c.opensAt(), "consultations/" + id, visibility(c), java.util.Map.of());
            return c.network() == null ? document
                    : document.withFacet(ReferenceFacets.NETWORK, List.of(c.network().name()));
        });
    }

    static Set<String> visibility(Consultation c) {
        return switch (c.scope()) {
            case NETWORK -> Set.of("network:" + c.network(), ConsultationViewerTokens.token(c.id()));
            case GROUP -> Set.of("group:" + c.groupId(), ConsultationViewerTokens.token(c.id()));
            case INVITED -> Set.of(ConsultationViewerTokens.token(c.id()));
        };
    }
}
