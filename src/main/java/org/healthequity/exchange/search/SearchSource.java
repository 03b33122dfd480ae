package org.healthequity.exchange.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.springframework.modulith.NamedInterface;

/**
 * A content module's share of the index: every searchable item of its type, read from the database (the source of
 * truth), for rebuilds; one item, for updates; and the facets its items carry. Called without a signed-in user: it
 * must return only what is published. A module keeps its items current by publishing {@link SearchableChanged}.
 */
@NamedInterface("api")
public interface SearchSource {

    String type();

    /** How many documents the index should hold for this type (for the consistency check): items, or variants. */
    long count();

    /** Hands every searchable item to the consumer, streaming from the database. */
    void forEach(Consumer<SearchDocument> consumer);

    /** The item as it should now be indexed; empty when it must not be found any more. */
    Optional<SearchDocument> find(long contentId);

    /**
     * The documents the item should now be indexed as: empty when it must not be found any more, else one, or one per
     * variant for an item that shows more to some viewers than to others (see {@link SearchDocument#asVariant}). The
     * index replaces all of an item's documents at once; {@link #forEach} hands every variant and {@link #count()}
     * counts them. Sources without variants keep this default.
     */
    default List<SearchDocument> variants(long contentId) {
        return find(contentId).stream().toList();
    }

    /**
     * The facets this type's items are tagged with ({@link SearchDocument#facets()}); a facet several sources share
     * (country) is defined once, by whichever comes first in the facet's order. Type and language need none.
     */
    default List<FacetDefinition> facets() {
        return List.of();
    }
}
