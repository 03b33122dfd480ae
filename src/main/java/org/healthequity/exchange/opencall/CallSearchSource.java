package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.healthequity.exchange.member.ReferenceFacets;
import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.text.RichText;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls for the search index while their page is public (open, closed, decided): a draft is never handed to it, and
 * an archived call leaves it, as its page does.
 */
@Component
class CallSearchSource implements SearchSource {

    static final String TYPE = "OPEN_CALL";

    private static final Set<CallStatus> FINDABLE = EnumSet.copyOf(
            EnumSet.allOf(CallStatus.class).stream().filter(CallStatus::isPublic).toList());

    private final OpenCallRepository calls;
    private final ReferenceFacets reference;
    private final TransactionTemplate readOnly;

    CallSearchSource(OpenCallRepository calls, ReferenceFacets reference, PlatformTransactionManager transactions) {
        this.calls = calls;
        this.reference = reference;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Search reads the call again, in the transaction of the change (ADR 0012). */
    static SearchableChanged changed(OpenCall call) {
        return new SearchableChanged(TYPE, call.id(), !call.status().isPublic());
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** The network, and the countries and WHO regions the call is limited to (none when it is open to all). */
    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.country(), reference.region(), reference.network());
    }

    @Override
    public long count() {
        return calls.countByStatusIn(FINDABLE);
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        readOnly.executeWithoutResult(status -> calls.findByStatusInOrderById(FINDABLE).stream()
                .map(CallSearchSource::document).forEach(consumer));
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return Objects.requireNonNull(readOnly.execute(status -> calls.findById(contentId)
                .filter(call -> call.status().isPublic()).map(CallSearchSource::document)));
    }

    /** Title, description, terms and the declarations applicants must make, as the call's page shows them. */
    private static SearchDocument document(OpenCall call) {
        CallDefinition.Eligibility eligibility = call.definition().eligibility();
        List<String> parts = new ArrayList<>();
        parts.add(RichText.roughText(call.description()).strip());
        parts.add(RichText.roughText(call.terms()).strip());
        eligibility.declarations().forEach(d -> parts.add(d.text().in(Language.ENGLISH)));
        String body = String.join("\n\n", parts.stream().filter(part -> !part.isBlank()).toList());
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(ReferenceFacets.COUNTRY, eligibility.countries().stream().sorted().toList());
        facets.put(ReferenceFacets.REGION, eligibility.regions().stream().sorted().toList());
        facets.put(ReferenceFacets.NETWORK, List.of(call.network().name()));
        return new SearchDocument(TYPE, call.id(), Language.ENGLISH, call.title(), body, "", call.opensAt(),
                call.updatedAt(), "calls/" + call.id(), Set.of(SearchDocument.PUBLIC), facets);
    }
}
