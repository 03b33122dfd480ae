package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file store as a folder: on one machine a local folder, with several nodes a shared one (NFS, a cluster file
 * system) that every node mounts at the same place. A file is written to a temporary name beside its target and
 * renamed into place, which is atomic within one file system, so a reader never sees a part of a file and a failed
 * write (disk full, folder not writable) leaves only the temporary file, which is deleted at once.
 * <p>
 * A deleted file is first moved aside to {@code .deleted/<key>} and removed for good after a grace period
 * ({@code EXCHANGE_FILES_DELETE_GRACE}, an hour): a backup whose database snapshot still names the file (the deleting
 * transaction had not committed when the snapshot was taken) takes it from there, so a restore never has a row
 * without its file.
 */
public final class LocalFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,62}/[A-Za-z0-9][A-Za-z0-9.-]{0,200}");
    static final String PART_PREFIX = ".upload-";
    static final String PART_SUFFIX = ".part";
    /** A temporary file this old is left over from a crash (no upload takes a day), on any node. */
    private static final Duration STALE_PART = Duration.ofDays(1);

    /** Where deleted files wait out the grace period; hidden, so never listed, read or backed up as live files. */
    static final String DELETED = ".deleted";
    public static final Duration DEFAULT_DELETE_GRACE = Duration.ofHours(1);

    private final Path root;
    private final Duration deleteGrace;

    public LocalFileStore(Path root) {
        this(root, DEFAULT_DELETE_GRACE);
    }

    public LocalFileStore(Path root, Duration deleteGrace) {
        this.root = root.toAbsolutePath().normalize();
        this.deleteGrace = deleteGrace;
        removeStaleParts();
    }

    public Path root() {
        return root;
    }

    @Override
    public void put(String key, byte[] content) {
        Path target = resolve(key);
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempFile(target.getParent(), PART_PREFIX, PART_SUFFIX);
            Files.write(temporary, content);
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Left for removeStaleParts; it is never listed or read.
                }
            }
            log.error("File store {} could not store {}: {}", root, key, e.toString());
            throw new FileNotStored(key, e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) {
        try {
            return Optional.of(Files.readAllBytes(resolve(key)));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("File store {} could not read {}: {}", root, key, e.toString());
            return Optional.empty();
        }
    }

    @Override
    public void delete(String key) {
        Path file = resolve(key);
        Path aside = root.resolve(DELETED).resolve(key);
        try {
            Files.createDirectories(aside.getParent());
            Files.move(file, aside, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            Files.setLastModifiedTime(aside, FileTime.from(Instant.now()));
        } catch (NoSuchFileException e) {
            // Already deleted (by this or another node): deleting is idempotent.
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public int purgeDeleted(Instant now) {
        Path deleted = root.resolve(DELETED);
        if (!Files.isDirectory(deleted)) {
            return 0;
        }
        Instant before = now.minus(deleteGrace);
        try (var files = Files.walk(deleted)) {
            int purged = 0;
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(before) && Files.deleteIfExists(file)) {
                    purged++;
                }
            }
            return purged;
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            log.warn("Could not purge deleted files under {}: {}", deleted, e.toString());
            return 0;
        }
    }

    @Override
    public List<String> list(String prefix) {
        if (!prefix.endsWith("/") || !KEY.matcher(prefix + "x").matches()) {
            throw new IllegalArgumentException("Not a key prefix: " + prefix);
        }
        Path folder = root.resolve(prefix);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(Files::isRegularFile).map(file -> file.getFileName().toString())
                    .filter(name -> !name.startsWith(".")).map(name -> prefix + name).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path resolve(String key) {
        if (!KEY.matcher(key).matches() || key.contains("..")) {
            throw new IllegalArgumentException("Not a file store key: " + key);
        }
        return root.resolve(key);
    }

    private void removeStaleParts() {
        if (!Files.isDirectory(root)) {
            return;
        }
        Instant before = Instant.now().minus(STALE_PART);
        List<Path> stale = new ArrayList<>();
        try {
            Files.walkFileTree(root, Set.of(), 2, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(PART_PREFIX) && name.endsWith(PART_SUFFIX)
                            && attributes.lastModifiedTime().toInstant().isBefore(before)) {
                        stale.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
            for (Path file : stale) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            log.warn("Could not remove left-over temporary files under {}: {}", root, e.toString());
        }
    }
}
