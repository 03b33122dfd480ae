package org.healthequity.exchange.member;

import java.util.ArrayList;
import java.util.Arrays;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The profiles of people listed in the directory, for search: only active people who opted in, and only the fields
 * each viewer may see. A profile is indexed once per level at which it shows more (public, members, secretariat): each
 * variant holds the fields of its level, is found with that level's token and hidden by the next narrower level's
 * ({@link Visibility#searchToken()}), so every viewer finds exactly the variant of their level and a word of a field
 * they may not see matches nothing (no result, count, facet value or suggestion).
 */
@Component
class ProfileSearchSource implements SearchSource {

    static final String TYPE = "MEMBER";

    private final DirectoryRows rows;
    private final ReferenceFacets reference;
    private final Countries countries;
    private final Translations translations;
    private final TransactionTemplate readOnly;

    ProfileSearchSource(DirectoryRows rows, ReferenceFacets reference, Countries countries, Translations translations,
            PlatformTransactionManager transactions) {
        this.rows = rows;
        this.reference = reference;
        this.countries = countries;
        this.translations = translations;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public String type() {
        return TYPE;
    }

    /** Country, region, network, and the themes, dimensions and SDGs of a person's expertise. */
    @Override
    public List<FacetDefinition> facets() {
        return reference.all();
    }

    /** One document per variant of each listed profile. */
    @Override
    public long count() {
        return rows.listedByIndexedVisibilities().entrySet().stream()
                .mapToLong(e -> levels(e.getKey()).size() * e.getValue()).sum();
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        readOnly.executeWithoutResult(status -> rows.forEachSearchRow(row -> documents(row).forEach(consumer)));
    }

    /** The public variant (the widest). */
    @Override
    public Optional<SearchDocument> find(long contentId) {
        return variants(contentId).stream().findFirst();
    }

    @Override
    public List<SearchDocument> variants(long contentId) {
        return rows.searchRow(contentId).map(this::documents).orElse(List.of());
    }

    /** The levels at which a profile shows more than at the wider one: public always, and each level a field has. */
    static List<Visibility> levels(List<Visibility> fieldVisibilities) {
        return Arrays.stream(Visibility.values())
                .filter(level -> level == Visibility.PUBLIC || fieldVisibilities.contains(level)).toList();
    }

    private List<SearchDocument> documents(DirectoryRows.SearchRow row) {
        List<Visibility> levels = levels(row.indexedVisibilities());
        List<SearchDocument> variants = new ArrayList<>(levels.size());
        for (int i = 0; i < levels.size(); i++) {
            Visibility level = levels.get(i);
            Set<String> hiddenFrom = i + 1 < levels.size() ? Set.of(levels.get(i + 1).searchToken()) : Set.of();
            variants.add(document(row, level).asVariant(level.name().toLowerCase(Locale.ROOT),
                    Set.of(level.searchToken()), hiddenFrom));
        }
        return variants;
    }

    /** The profile as a viewer of this level sees it: the name, and each field whose visibility the level reaches. */
    private SearchDocument document(DirectoryRows.SearchRow row, Visibility level) {
        Language language = row.language();
        List<String> body = new ArrayList<>();
        Map<String, List<String>> facets = new LinkedHashMap<>();
        if (row.title() != null && row.titleVisibility().visibleAt(level)) {
            body.add(row.title());
        }
        if (row.institutionName() != null && row.institutionVisibility().visibleAt(level)) {
            body.add(row.institutionName());
        }
        if (row.country() != null && row.countryVisibility().visibleAt(level)) {
            body.add(countries.names(language).getOrDefault(row.country(), row.country()));
            facets.put(ReferenceFacets.COUNTRY, List.of(row.country()));
            if (row.region() != null) {
                facets.put(ReferenceFacets.REGION, List.of(row.region()));
            }
        }
        if (!row.expertise().isEmpty() && row.expertiseVisibility().visibleAt(level)) {
            body.add(String.join(", ", row.expertise().stream()
                    .map(code -> translations.get(Expertise.messageKey(code), language)).toList()));
            expertiseFacets(row.expertise(), facets);
        }
        if (row.biography() != null && row.biographyVisibility().visibleAt(level)) {
            body.add(row.biography());
        }
        facets.put(ReferenceFacets.NETWORK, row.networks());
        return new SearchDocument(TYPE, row.id(), language, row.name(), String.join("\n\n", body), "",
                row.updatedAt(), row.updatedAt(), "members/" + row.id(), Set.of(), facets);
    }

    /** "THEME:HOUSING" is the value HOUSING of the facet theme, "SDG:3" the value 3 of sdg, as case studies have. */
    private static void expertiseFacets(List<String> codes, Map<String, List<String>> facets) {
        Map<String, String> facetOf = Map.of("THEME", ReferenceFacets.THEME, "DIMENSION", ReferenceFacets.DIMENSION,
                "SDG", ReferenceFacets.SDG);
        for (String code : codes) {
            String[] parts = code.split(":", 2);
            String facet = facetOf.get(parts[0]);
            if (facet != null && parts.length == 2) {
                facets.computeIfAbsent(facet, key -> new ArrayList<>()).add(parts[1]);
            }
        }
    }
}
