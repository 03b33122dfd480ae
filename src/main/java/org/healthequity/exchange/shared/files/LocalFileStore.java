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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The file store as a folder: on one machine a local folder, with several nodes a shared one (NFS, a cluster file
 * system) that every node mounts at the same place. A file is written to a temporary name beside its target and
 * renamed into place, which is atomic within one file system, so a reader never sees a part of a file and a failed
 * write (disk full, folder not writable) leaves only the temporary file, which is deleted at once.
 */
public final class LocalFileStore implements FileStore {

    private static final Logger log = LoggerFactory.getLogger(LocalFileStore.class);
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]{0,62}/[A-Za-z0-9][A-Za-z0-9.-]{0,200}");
    static final String PART_PREFIX = ".upload-";
    static final String PART_SUFFIX = ".part";
    /** A temporary file this old is left over from a crash (no upload takes a day), on any node. */
    private static final Duration STALE_PART = Duration.ofDays(1);

    private final Path root;

    public LocalFileStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
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
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
            Files.walkFileTree(root, java.util.Set.of(), 2, new SimpleFileVisitor<>() {
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
