package org.healthequity.exchange.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One page of results.
 *
 * @param total the number of results the viewer may see, a family of translations counting once (the facets
 *     count items: each translation once); exact unless {@code estimated}
 * @param facets per facet key, in the facets' order, the values with their counts, most first (for a facet with
 *     choices, counted as if its own choice were not made, so other values stay reachable); a value of a
 *     hierarchical facet carries the level below it as children
 * @param noteKey a bundle key when the query was simplified (broken syntax, too long), else null
 * @param didYouMean a corrected query when a word matched nothing, else null
 * @param estimated whether the total is an estimate from a sample of a broad search (rounded to two digits)
 * @param countsEstimated whether facet counts are estimates from a sample (all of them when the total is; else those of
 *     a chosen facet whose search without the choice is broad): rounded, a value found in the sample counts at least
 *     1, one that was not is left out
 */
@NamedInterface("api")
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, @Nullable String noteKey,
        @Nullable String didYouMean, boolean estimated, boolean countsEstimated) {

    /** A page with exact counts. */
    public SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, @Nullable String noteKey,
            @Nullable String didYouMean) {
        this(total, hits, facets, noteKey, didYouMean, false, false);
    }

    /**
     * A found item. The snippet is escaped text in which only {@code <mark>} elements mark the matched words.
     *
     * @param alsoIn the item's translations the viewer may see, in the order of the languages
     */
    public record Hit(String type, long contentId, String title, String snippetHtml, String language,
            Instant publishedAt, String link, List<Translation> alsoIn) {

        public Hit {
            alsoIn = List.copyOf(alsoIn);
        }

        /** An item without translations. */
        public Hit(String type, long contentId, String title, String snippetHtml, String language,
                Instant publishedAt, String link) {
            this(type, contentId, title, snippetHtml, language, publishedAt, link, List.of());
        }

        Hit withTranslations(List<Translation> translations) {
            return new Hit(type, contentId, title, snippetHtml, language, publishedAt, link, translations);
        }
    }

    /** A translation of a found item: its language code and its link. */
    public record Translation(String language, String link) {
    }

    /** This page with a note (a relaxed or simplified search). */
    SearchResult withNote(String key) {
        return new SearchResult(total, hits, facets, key, didYouMean, estimated, countsEstimated);
    }

    public record FacetCount(String value, long count, List<FacetCount> children) {
    }
}
