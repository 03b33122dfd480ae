package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Files on disk under generated names (never the name the person gave). A file written inside a
 * transaction that rolls back is deleted again, so a refused or failed upload leaves nothing behind.
 */
public final class FileStore {

    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f-]{36}\\.[a-z]{3,4}");

    private final Path directory;

    public FileStore(Path directory) {
        this.directory = directory.toAbsolutePath();
    }

    public String store(byte[] content, FileKind kind) {
        String name = UUID.randomUUID() + "." + kind.extension();
        try {
            Files.createDirectories(directory);
            Path temporary = Files.createTempFile(directory, "upload-", ".part");
            Files.write(temporary, content);
            Path target = directory.resolve(name);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    if (status != STATUS_COMMITTED) {
                        delete(name);
                    }
                }
            });
        }
        return name;
    }

    public Optional<byte[]> read(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            return Optional.empty();
        }
        try {
            Path file = directory.resolve(storedName);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public void delete(String storedName) {
        if (!STORED_NAME.matcher(storedName).matches()) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(storedName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many files are stored, for tests that prove nothing was left behind. */
    public long fileCount() {
        if (!Files.isDirectory(directory)) {
            return 0;
        }
        try (var files = Files.list(directory)) {
            return files.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
