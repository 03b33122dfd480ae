package org.healthequity.exchange.shared.files;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Ends the grace period of deleted files (see {@link FileStore#delete}), on one node at a time. */
@Component
class DeletedFilesPurge {

    private static final Logger log = LoggerFactory.getLogger(DeletedFilesPurge.class);

    private final FileStore store;
    private final Clock clock;

    DeletedFilesPurge(FileStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${exchange.files-purge-interval:PT10M}", initialDelayString = "PT1M")
    @SchedulerLock(name = "deleted-files-purge", lockAtMostFor = "PT30M", lockAtLeastFor = "PT1M")
    void scheduled() {
        int purged = store.purgeDeleted(clock.instant());
        if (purged > 0) {
            log.info("Removed {} deleted files whose grace period was over", purged);
        }
    }
}
