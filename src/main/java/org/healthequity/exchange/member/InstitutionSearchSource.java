package org.healthequity.exchange.member;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.springframework.stereotype.Component;

/**
 * The institutions that are members of a network, for search: their public fields (name, kind, country, website,
 * networks), found by anyone. An institution only named on profiles is not indexed.
 */
@Component
class InstitutionSearchSource implements SearchSource {

    static final String TYPE = "INSTITUTION";

    private final InstitutionRows rows;
    private final ReferenceFacets reference;
    private final Countries countries;
    private final Translations translations;

    InstitutionSearchSource(InstitutionRows rows, ReferenceFacets reference, Countries countries,
            Translations translations) {
        this.rows = rows;
        this.reference = reference;
        this.countries = countries;
        this.translations = translations;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.country(), reference.region(), reference.network());
    }

    @Override
    public long count() {
        return rows.memberInstitutionCount();
    }

    /** A few hundred at most: read at once. */
    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        rows.memberInstitutions().stream().map(this::document).forEach(consumer);
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return rows.memberInstitution(contentId).map(this::document);
    }

    /** In English: the name is the institution's own, the rest is described in the portal's first language. */
    private SearchDocument document(InstitutionRows.MemberInstitution institution) {
        Language language = Language.ENGLISH;
        String type = translations.get("institution-type."
                + institution.type().name().toLowerCase(Locale.ROOT).replace('_', '-'), language);
        String country = countries.names(language).getOrDefault(institution.country(), institution.country());
        String body = institution.website() == null ? type + "\n\n" + country
                : type + "\n\n" + country + "\n\n" + institution.website();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put(ReferenceFacets.COUNTRY, List.of(institution.country()));
        facets.put(ReferenceFacets.REGION, List.of(institution.region()));
        facets.put(ReferenceFacets.NETWORK, institution.networks());
        return new SearchDocument(TYPE, institution.id(), language, institution.name(), body, "",
                institution.createdAt(), institution.createdAt(), "institutions/" + institution.id(),
                Set.of(SearchDocument.PUBLIC), facets);
    }
}
