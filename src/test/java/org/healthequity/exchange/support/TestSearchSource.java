package org.healthequity.exchange.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.healthequity.exchange.search.FacetDefinition;
import org.healthequity.exchange.search.SearchDocument;
import org.healthequity.exchange.search.SearchSource;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A content type of the tests' own ("TEST"), held in memory, for search tests that need documents of every language
 * and every visibility. Empty unless a test puts something in (and that test takes it out again). It has a facet of
 * its own, {@link #COLOUR}, which nothing in the portal knows: the proof that a content type plugs into search
 * without a change in search.
 */
public class TestSearchSource implements SearchSource {

    public static final String TYPE = "TEST";
    /** This type's own facet: a made-up colour per item, named as it is. */
    public static final String COLOUR = "colour";

    private final Map<Long, SearchDocument> items = new ConcurrentHashMap<>();
    private volatile @Nullable CountDownLatch hold;

    /** A test item tagged like a typical case study (Kenya, AFR, 2020, housing, SDG 3.8, GKNHE). */
    public static SearchDocument item(long id, Language language, String title, String body,
            Set<String> visibility) {
        return SearchDocument.of(TYPE, id, language, title, body, Instant.now(), "test/" + id, visibility)
                .withFacet("country", List.of("KE")).withFacet("region", List.of("AFR"))
                .withFacet("year", List.of("2020")).withFacet("theme", List.of("HOUSING"))
                .withFacet("sdg", List.of("3.8")).withFacet("network", List.of("GKNHE"));
    }

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
    public List<FacetDefinition> facets() {
        return List.of(FacetDefinition.flat(COLOUR, 90, FacetDefinition.FacetLabels.asIs()));
    }

    @Override
    public long count() {
        return items.size();
    }

    /** Makes rebuilds wait at this source until {@link #releaseRebuilds()}, so a test can watch one running. */
    public void holdRebuilds() {
        hold = new CountDownLatch(1);
    }

    public void releaseRebuilds() {
        CountDownLatch held = hold;
        hold = null;
        if (held != null) {
            held.countDown();
        }
    }

    @Override
    public void forEach(Consumer<SearchDocument> consumer) {
        CountDownLatch held = hold;
        if (held != null) {
            try {
                held.await(2, TimeUnit.MINUTES);
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
