package org.healthequity.exchange.search;

import java.util.Map;
import java.util.Set;

/**
 * A search as a person asks it.
 *
 * @param filters per facet dimension ({@link Facet#name()}), the values chosen: values of one dimension combine with
 *     OR, dimensions with AND; an SDG value is a goal ("3") or a target ("3.8")
 */
public record SearchRequest(String query, Map<Facet, Set<String>> filters, SearchSort sort, int offset, int limit) {

    public SearchRequest {
        filters = Map.copyOf(filters);
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, 100);
    }
}
