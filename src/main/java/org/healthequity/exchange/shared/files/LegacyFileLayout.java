package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the shared file store, each module kept its files in its own folder of the data folder. On start those files
 * are moved into the store (put, then the old copy deleted: a start interrupted half-way simply moves the rest next
 * time), so existing installations and their database rows keep working; the stored names do not change.
 */
final class LegacyFileLayout {

    private static final Logger log = LoggerFactory.getLogger(LegacyFileLayout.class);

    /** Old folder under the data folder, and the area it moves to. */
    static final Map<String, String> AREAS = new LinkedHashMap<>();

    static {
        AREAS.put("photos", "photos");
        AREAS.put("networks", "networks");
        AREAS.put("case-studies", "case-studies");
        AREAS.put("open-call", "open-call");
        AREAS.put("workgroups", "group-documents");
    }

    private LegacyFileLayout() {
    }

    /** Moves every file of the old folders into the store; returns how many moved. */
    static int moveInto(Path dataDir, FileStore store, Path storeRoot) {
        int moved = 0;
        for (Map.Entry<String, String> area : AREAS.entrySet()) {
            Path legacy = dataDir.resolve(area.getKey()).toAbsolutePath().normalize();
            if (!Files.isDirectory(legacy) || legacy.equals(storeRoot.resolve(area.getValue()).normalize())) {
                continue;
            }
            try {
                List<Path> files;
                try (var listing = Files.list(legacy)) {
                    files = listing.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith(".")).toList();
                }
                for (Path file : files) {
                    store.put(area.getValue() + "/" + file.getFileName(), Files.readAllBytes(file));
                    Files.delete(file);
                    moved++;
                }
                try (var rest = Files.list(legacy)) {
                    if (rest.findAny().isEmpty()) {
                        Files.delete(legacy);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Could not move the files of " + legacy + " into the file store", e);
            }
        }
        if (moved > 0) {
            log.info("Moved {} files from the data folder's old layout into the file store", moved);
        }
        return moved;
    }
}
