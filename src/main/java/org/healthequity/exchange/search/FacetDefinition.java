package org.healthequity.exchange.search;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.UnaryOperator;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.modulith.NamedInterface;

/**
 * A facet of the search page, defined by whoever tags items with it (a {@link SearchSource}'s {@code facets()}), so
 * that search knows facets only as data.
 *
 * @param key the facet's name in the index, in {@link SearchRequest#filters()} and in the page address
 *     ({@code /search?country=BR}); not "q" or "sort"
 * @param labelKey the bundle key of the facet's name
 * @param order where the facet stands on the page (lower first)
 * @param levels for a hierarchical facet, the levels of a value from the top ("3.8" → "3", "3.8"), empty for a value
 *     that cannot be placed; a flat facet's value is its only level
 * @param labels how a value is named for a reader
 * @param opened whether the facet is shown opened on a first view
 * @param newestFirst whether values are listed by value descending (years) instead of by count
 */
@NamedInterface("api")
public record FacetDefinition(String key, String labelKey, int order, boolean hierarchical,
        Function<String, List<String>> levels, FacetLabels labels, boolean opened, boolean newestFirst) {

    /** The facet every item has: its type. */
    public static final String TYPE = "type";
    /** The facet every item has: its language. */
    public static final String LANGUAGE = "language";

    public FacetDefinition {
        if (key.isBlank() || key.equals("q") || key.equals("sort") || !key.matches("[a-z][a-z0-9-]*")) {
            throw new IllegalArgumentException("Not a usable facet key: " + key);
        }
    }

    /** A flat facet whose name is the bundle key {@code search.facet.<key>}. */
    public static FacetDefinition flat(String key, int order, FacetLabels labels) {
        return new FacetDefinition(key, "search.facet." + key, order, false, List::of, labels, false, false);
    }

    /** This facet as a hierarchy whose levels the function gives. */
    public FacetDefinition hierarchical(Function<String, List<String>> valueLevels) {
        return new FacetDefinition(key, labelKey, order, true, valueLevels, labels, opened, newestFirst);
    }

    public FacetDefinition openedAtFirst() {
        return new FacetDefinition(key, labelKey, order, hierarchical, levels, labels, true, newestFirst);
    }

    public FacetDefinition valuesNewestFirst() {
        return new FacetDefinition(key, labelKey, order, hierarchical, levels, labels, opened, true);
    }

    /** The levels of a value as indexed and filtered on. */
    List<String> path(String value) {
        return hierarchical ? levels.apply(value) : List.of(value);
    }

    /** How the values of a facet are named for a reader. */
    @FunctionalInterface
    public interface FacetLabels {

        /**
         * @param messages translates a bundle key into the reader's language
         */
        String label(String value, Locale locale, UnaryOperator<String> messages);

        /** Values named by bundle keys the function makes of them. */
        static FacetLabels byKey(Function<String, String> messageKey) {
            return (value, locale, messages) -> messages.apply(messageKey.apply(value));
        }

        /** Values shown as they are (years). */
        static FacetLabels asIs() {
            return (value, locale, messages) -> value;
        }
    }

    static FacetDefinition type() {
        return flat(TYPE, 0, FacetLabels.byKey(SearchDocument::typeLabelKey));
    }

    static FacetDefinition language() {
        return flat(LANGUAGE, 70, (value, locale, messages) -> Language.nameOf(value));
    }
}
