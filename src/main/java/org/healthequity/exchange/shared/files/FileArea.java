package org.healthequity.exchange.shared.files;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * One module's files in the {@link FileStore}, under generated names (never the name the person gave). A file written
 * inside a transaction that rolls back is deleted again, so a refused or failed upload leaves nothing behind; a file
 * that the store cannot keep fails with {@link FileNotStored} before any row points at it.
 */
public final class FileArea {

    private static final Logger log = LoggerFactory.getLogger(FileArea.class);
    private static final Pattern AREA = Pattern.compile("[a-z][a-z0-9-]{0,62}");
    /** Generated names, and the older forms still in the database ({@code 12-<uuid>.jpg}, {@code himn-terms-<uuid>.pdf}). */
    private static final Pattern STORED_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,120}\\.[a-z]{3,4}");

    private final FileStore store;
    private final String area;

    FileArea(FileStore store, String area) {
        if (!AREA.matcher(area).matches()) {
            throw new IllegalArgumentException("Not a file area: " + area);
        }
        this.store = store;
        this.area = area;
    }

    /** Stores a file under a new name and returns that name; rolled back with the surrounding transaction. */
    public String store(byte[] content, FileKind kind) {
        return store(content, kind, "");
    }

    /**
     * As {@link #store(byte[], FileKind)}, the name starting with a prefix that says whose file it is ({@code 12-}),
     * so that the store can be read by an operator.
     */
    public String store(byte[] content, FileKind kind, String namePrefix) {
        String name = namePrefix + UUID.randomUUID() + "." + kind.extension();
        if (!valid(name)) {
            throw new IllegalArgumentException("Not a file name prefix: " + namePrefix);
        }
        store.put(key(name), content);
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        deleteQuietly(name);
                    }
                }
            });
        }
        return name;
    }

    public Optional<byte[]> read(@Nullable String storedName) {
        return valid(storedName) ? store.get(key(storedName)) : Optional.empty();
    }

    public void delete(@Nullable String storedName) {
        if (valid(storedName)) {
            store.delete(key(storedName));
        }
    }

    /** Deletes a file once the transaction that stopped using it has committed (at once outside a transaction). */
    public void deleteAfterCommit(@Nullable String storedName) {
        if (!valid(storedName)) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deleteQuietly(storedName);
                }
            });
        } else {
            delete(storedName);
        }
    }

    /** How many files the area holds, for tests that prove nothing was left behind. */
    public long fileCount() {
        return store.list(area + "/").size();
    }

    private void deleteQuietly(String storedName) {
        try {
            delete(storedName);
        } catch (RuntimeException e) {
            // The transaction's outcome stands; an unreferenced file costs only space.
            log.warn("Could not delete {} from the file store: {}", key(storedName), e.toString());
        }
    }

    private String key(String storedName) {
        return area + "/" + storedName;
    }

    private static boolean valid(@Nullable String storedName) {
        return storedName != null && STORED_NAME.matcher(storedName).matches();
    }
}
