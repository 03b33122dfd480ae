package org.healthequity.exchange.support;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;

/**
 * A content type of the tests' own ("TEST"), held in memory, for search tests that need documents of every language
 * and every visibility. Empty unless a test puts something in (and that test takes it out again).
 */
public class TestSearchSource implements SearchSource {

    public static final String TYPE = "TEST";

    private final Map<Long, SearchDocument> items = new ConcurrentHashMap<>();

    public void put(SearchDocument item) {
        items.put(item.contentId(), item);
    }

    public void remove(long id) {
        items.remove(id);
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public long count() {
        return items.size();
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        items.values().forEach(consumer);
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return Optional.ofNullable(items.get(contentId));
    }
}
