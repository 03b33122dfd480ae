package org.healthequity.exchange.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.modulith.NamedInterface;

/**
 * A search as a person asks it.
 *
 * @param filters per facet key ({@link FacetDefinition#key()}), the values chosen: values of one facet combine with
 *     OR, facets with AND; a value of a hierarchical facet is any of its levels (an SDG goal "3" or target "3.8")
 */
@NamedInterface("api")
public record SearchRequest(String query, Map<String, Set<String>> filters, SearchSort sort, int offset, int limit) {

    public SearchRequest {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        filters.forEach((key, values) -> copy.put(key, Set.copyOf(values)));
        filters = Collections.unmodifiableMap(copy);
        offset = Math.max(0, offset);
        limit = Math.clamp(limit, 1, 100);
    }
}
