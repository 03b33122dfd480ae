package org.healthequity.exchange.shared.files;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The one place every node keeps uploaded files, addressed by keys such as {@code case-studies/<name>.pdf}. Today it is
 * a folder all nodes reach ({@link LocalFileStore}); an S3-compatible object store can take its place without any
 * module noticing (docs/operations.md, "The file store"). Whatever implements it must guarantee:
 * <ul>
 * <li>{@link #put} is atomic: afterwards the key holds the whole content, or, when it throws {@link FileNotStored},
 * nothing new (never a part of a file);</li>
 * <li>read after write: a key put on one node is readable at once on every node;</li>
 * <li>{@link #delete} removes the key for every node and is idempotent; the content may be kept aside for a grace
 * period so that a backup whose snapshot was taken before the delete committed still finds it
 * ({@link #purgeDeleted} ends it; an object store would use a lifecycle rule on a "deleted/" prefix instead);</li>
 * </ul>
 * Modules use it through {@link #area}, which names files and removes those of rolled-back transactions.
 */
public interface FileStore {

    /** Stores content under a key, replacing what was there; throws {@link FileNotStored} when it cannot. */
    void put(String key, byte[] content);

    /** The content under a key, or empty when there is none (or it cannot be read). */
    Optional<byte[]> get(String key);

    /** Removes a key; nothing happens when it does not exist. */
    void delete(String key);

    /** Removes for good what was deleted longer ago than the grace period; returns how many were removed. */
    default int purgeDeleted(Instant now) {
        return 0;
    }

    /** The keys below a prefix ending in {@code /}, in no particular order (counts, checks, the layout migration). */
    List<String> list(String prefix);

    /** One module's (or kind's) files, stored under {@code <area>/}. */
    default FileArea area(String area) {
        return new FileArea(this, area);
    }
}
