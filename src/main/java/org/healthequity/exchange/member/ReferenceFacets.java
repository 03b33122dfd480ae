package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.FacetDefinition.FacetLabels;
import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/**
 * The search facets of the reference vocabularies this module owns (countries, WHO regions, themes, inequality
 * dimensions, SDG goals and targets, networks), for every {@link org.healthequity.exchange.search.SearchSource} whose
 * items are tagged with them: the facet is then defined once, however many content types use it.
 */
@Component
@NamedInterface("reference")
public class ReferenceFacets {

    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String THEME = "theme";
    public static final String DIMENSION = "dimension";
    public static final String SDG = "sdg";
    public static final String NETWORK = "network";

    private final Countries countries;

    ReferenceFacets(Countries countries) {
        this.countries = countries;
    }

    /** ISO 3166 alpha-2 codes, named in the reader's language. */
    public FacetDefinition country() {
        return FacetDefinition.flat(COUNTRY, 10, (value, locale, messages) ->
                countries.names(Language.of(locale)).getOrDefault(value, value));
    }

    /** WHO regions ("AFR"). */
    public FacetDefinition region() {
        return FacetDefinition.flat(REGION, 20, FacetLabels.byKey(CountryRef::regionMessageKey));
    }

    /** Themes of {@link Expertise#THEMES}. */
    public FacetDefinition theme() {
        return FacetDefinition.flat(THEME, 40, FacetLabels.byKey(v -> Expertise.messageKey("THEME:" + v)));
    }

    /** Inequality dimensions of {@link Expertise#DIMENSIONS}. */
    public FacetDefinition dimension() {
        return FacetDefinition.flat(DIMENSION, 50, FacetLabels.byKey(v -> Expertise.messageKey("DIMENSION:" + v)));
    }

    /** SDG targets ("3.8") under their goal ("3"): a value may be either. */
    public FacetDefinition sdg() {
        return FacetDefinition.flat(SDG, 60, (value, locale, messages) ->
                value.contains(".") ? "— " + value : messages.apply("expertise.sdg." + value))
                .hierarchical(ReferenceFacets::sdgLevels);
    }

    /** The two WHO networks. */
    public FacetDefinition network() {
        return FacetDefinition.flat(NETWORK, 80, (value, locale, messages) -> {
            try {
                return messages.apply(Network.valueOf(value).messageKey());
            } catch (IllegalArgumentException e) {
                return value;
            }
        });
    }

    /** All of them, in their order. */
    public List<FacetDefinition> all() {
        return List.of(country(), region(), theme(), dimension(), sdg(), network());
    }

    private static List<String> sdgLevels(String value) {
        int dot = value.indexOf('.');
        if (dot < 0) {
            return value.isBlank() ? List.of() : List.of(value);
        }
        return dot == 0 ? List.of() : List.of(value.substring(0, dot), value);
    }
}
