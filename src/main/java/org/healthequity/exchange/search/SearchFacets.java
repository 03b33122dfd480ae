package org.healthequity.exchange.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.lucene.facet.FacetsConfig;

/**
 * The facets of the index, in their order: type and language, which every item has, and those the
 * {@link SearchSource}s define. Also the Lucene facet configuration both indexing and searching use: every facet is
 * multi-valued, the hierarchical ones are configured as such, and a value under a key nobody defined is still indexed
 * (flat) though not shown. Made once by the {@link SearchIndex}, which owns the index.
 */
class SearchFacets {

    private static final FacetsConfig.DimConfig MULTI_VALUED = new FacetsConfig.DimConfig();

    static {
        MULTI_VALUED.multiValued = true;
    }

    private final List<FacetDefinition> definitions;
    private final Map<String, FacetDefinition> byKey = new LinkedHashMap<>();
    private final FacetsConfig config = new FacetsConfig() {
        @Override
        protected DimConfig getDefaultDimConfig() {
            return MULTI_VALUED;
        }
    };

    SearchFacets(List<SearchSource> sources) {
        List<FacetDefinition> all = new ArrayList<>(List.of(FacetDefinition.type(), FacetDefinition.language()));
        sources.forEach(source -> all.addAll(source.facets()));
        all.sort(Comparator.comparingInt(FacetDefinition::order));
        for (FacetDefinition definition : all) {
            byKey.putIfAbsent(definition.key(), definition);
        }
        definitions = List.copyOf(byKey.values());
        for (FacetDefinition definition : definitions) {
            config.setMultiValued(definition.key(), true);
            config.setHierarchical(definition.key(), definition.hierarchical());
        }
    }

    List<FacetDefinition> definitions() {
        return definitions;
    }

    Optional<FacetDefinition> definition(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    /** The levels under which a value is indexed and filtered on; empty when the value cannot be placed. */
    List<String> path(String key, String value) {
        FacetDefinition definition = byKey.get(key);
        return definition == null ? List.of(value) : definition.path(value);
    }

    FacetsConfig config() {
        return config;
    }
}
