package org.healthequity.exchange.search;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * One page of results.
 *
 * @param total the exact number of matching items the viewer may see
 * @param facets per facet key, in the facets' order, the values with their counts, most first (for a facet with
 *     choices, counted as if its own choice were not made, so other values stay reachable); a value of a
 *     hierarchical facet carries the level below it as children
 * @param noteKey a bundle key when the query was simplified (broken syntax, too long), else null
 * @param didYouMean a corrected query when a word matched nothing, else null
 */
@NamedInterface("api")
public record SearchResult(long total, List<Hit> hits, Map<String, List<FacetCount>> facets, @Nullable String noteKey,
        @Nullable String didYouMean) {

    /**
     * A found item. The snippet is escaped text in which only {@code <mark>} elements mark the matched words.
     */
    public record Hit(String type, long contentId, String title, String snippetHtml, String language,
            Instant publishedAt, String link) {
    }

    public record FacetCount(String value, long count, List<FacetCount> children) {
    }
}
