package org.healthequity.exchange.search;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Checks the index folder every {@code exchange.search.check-interval} on a thread of its own (the shared scheduler's
 * one thread can be held up by other jobs for longer than the interval), see {@link SearchIndex#checkFolder()}.
 */
@Component
class IndexWatcher implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(IndexWatcher.class);

    private final SearchIndex index;
    private final Duration interval;
    private final ScheduledExecutorService watcher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "search-watch");
        thread.setDaemon(true);
        return thread;
    });

    IndexWatcher(SearchIndex index, SearchSettings settings) {
        this.index = index;
        this.interval = settings.checkInterval();
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        watcher.scheduleWithFixedDelay(this::check, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        try {
            index.checkFolder();
        } catch (RuntimeException e) {
            log.warn("Search index check failed: {}", e.toString());
        }
    }

    @Override
    public void destroy() throws InterruptedException {
        watcher.shutdownNow();
        watcher.awaitTermination(10, TimeUnit.SECONDS);
    }
}
