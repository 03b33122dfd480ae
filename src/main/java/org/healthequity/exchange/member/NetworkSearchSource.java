package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.ArrayList;
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
 * The two networks, for search: public, one document per language (a variant each: the name, description and
 * activities from the bundles in that language; the English one also holds the Terms of Reference, kept in English
 * only). The item's id is the network's position in {@link Network} plus one.
 */
@Component
class NetworkSearchSource implements SearchSource {

    static final String TYPE = "NETWORK";

    /** Both networks were set up under World Health Assembly resolution WHA74.16 (May 2021); no row has a date. */
    private static final Instant FOUNDED = Instant.parse("2021-05-31T00:00:00Z");
    private static final int ACTIVITIES = 4;

    private final NetworkRows rows;
    private final ReferenceFacets reference;
    private final Translations translations;

    NetworkSearchSource(NetworkRows rows, ReferenceFacets reference, Translations translations) {
        this.rows = rows;
        this.reference = reference;
        this.translations = translations;
    }

    static long idOf(Network network) {
        return network.ordinal() + 1L;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public List<FacetDefinition> facets() {
        return List.of(reference.network());
    }

    @Override
    public long count() {
        return (long) Network.values().length * Language.values().length;
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        for (NetworkInfo network : rows.networks()) {
            documents(network).forEach(consumer);
        }
    }

    /** The English variant. */
    @Override
    public Optional<SearchDocument> find(long contentId) {
        return variants(contentId).stream().findFirst();
    }

    @Override
    public List<SearchDocument> variants(long contentId) {
        return rows.networks().stream().filter(info -> idOf(info.network()) == contentId).findFirst()
                .map(this::documents).orElse(List.of());
    }

    private List<SearchDocument> documents(NetworkInfo info) {
        String key = info.network().name().toLowerCase(Locale.ROOT);
        List<SearchDocument> variants = new ArrayList<>();
        for (Language language : Language.values()) {
            List<String> body = new ArrayList<>();
            body.add(translations.get("home.network." + key + ".description", language));
            for (int activity = 1; activity <= ACTIVITIES; activity++) {
                body.add(translations.get("home.network." + key + ".activity" + activity, language));
            }
            if (language == Language.ENGLISH && !info.termsText().isBlank()) {
                body.add(info.termsText());
            }
            variants.add(new SearchDocument(TYPE, idOf(info.network()), language,
                    translations.get(info.network().messageKey(), language), String.join("\n\n", body), "", FOUNDED,
                    FOUNDED, "networks#" + key, Set.of(SearchDocument.PUBLIC),
                    Map.of(ReferenceFacets.NETWORK, List.of(info.network().name())))
                    .asVariant(language.code(), Set.of(SearchDocument.PUBLIC), Set.of())
                    .withGroup(SearchDocument.key(TYPE, idOf(info.network()))));
        }
        return variants;
    }
}
