package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

import org.apache.lucene.index.CheckIndex;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The index on disk: generation folders under one root and a {@code CURRENT} file naming the live one, replaced
 * atomically on a swap; whether the live one is usable (present, of this schema version, passing {@link CheckIndex}).
 */
final class IndexFolders {

    private static final String CURRENT = "CURRENT";
    private static final Logger log = LoggerFactory.getLogger(IndexFolders.class);

    private final Path root;

    IndexFolders(Path root) {
        this.root = root;
    }

    /** The current generation if it exists, has this schema version and passes its check. */
    Optional<String> usableGeneration() {
        Path pointer = root.resolve(CURRENT);
        try {
            if (!Files.exists(pointer)) {
                return Optional.empty();
            }
            String name = Files.readString(pointer, StandardCharsets.UTF_8).strip();
            Path folder = root.resolve(name);
            if (name.isEmpty() || !Files.isDirectory(folder)) {
                return Optional.empty();
            }
            try (Directory directory = FSDirectory.open(folder)) {
                if (!DirectoryReader.indexExists(directory)) {
                    return Optional.empty();
                }
                try (DirectoryReader reader = DirectoryReader.open(directory)) {
                    String schema = reader.getIndexCommit().getUserData().get(IndexGeneration.SCHEMA_KEY);
                    if (!IndexGeneration.SCHEMA_VERSION.equals(schema)) {
                        log.info("Search index has schema {} (wanted {}): rebuilding", schema,
                                IndexGeneration.SCHEMA_VERSION);
                        return Optional.empty();
                    }
                }
                try (CheckIndex check = new CheckIndex(directory)) {
                    if (!check.checkIndex().clean) {
                        log.warn("Search index failed its check: rebuilding");
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(name);
        } catch (IOException | RuntimeException e) {
            log.warn("Search index unreadable ({}): rebuilding", e.toString());
            return Optional.empty();
        }
    }

    void writePointer(String name) {
        try {
            Path temporary = root.resolve(CURRENT + ".tmp");
            Files.writeString(temporary, name, StandardCharsets.UTF_8);
            Files.move(temporary, root.resolve(CURRENT), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String newGenerationName() {
        return "index-" + System.currentTimeMillis() + "-" + Long.toHexString(System.nanoTime() & 0xffff);
    }

    void deleteGeneration(String name) {
        Path folder = root.resolve(name);
        try (Stream<Path> files = Files.exists(folder) ? Files.walk(folder) : Stream.empty()) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            log.warn("Could not delete old search index {}", folder, e);
        }
    }
}
