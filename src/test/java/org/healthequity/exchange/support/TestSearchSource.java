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
    private volatile java.util.concurrent.@org.jspecify.annotations.Nullable CountDownLatch hold;

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

    /** Makes rebuilds wait at this source until {@link #releaseRebuilds()}, so a test can watch one running. */
    public void holdRebuilds() {
        hold = new java.util.concurrent.CountDownLatch(1);
    }

    public void releaseRebuilds() {
        java.util.concurrent.CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        java.util.concurrent.CountDownLatch held = hold;
        if (held != null) {
            try {
                held.await(2, java.util.concurrent.TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        items.values().forEach(consumer);
    }

    @Override
    public Optional<SearchDocument> find(long contentId) {
        return Optional.ofNullable(items.get(contentId));
    }
}
