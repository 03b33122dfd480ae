package org.healthequity.exchange.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the lost-index tests and fault scenarios do to the index folder of a running portal. */
final class IndexDamage {

    private IndexDamage() {
    }

    /** Writes garbage over each committed file but the commit point, the way a copy or a restore over it would. */
    static void overwriteDataFiles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("segments")
                    && !f.getFileName().toString().equals("write.lock")).toList()) {
                byte[] bytes = Files.readAllBytes(file);
                for (int i = bytes.length / 3; i < bytes.length / 3 + 16 && i < bytes.length; i++) {
                    bytes[i] = (byte) ~bytes[i];
                }
                Path garbage = Files.createTempFile(folder.getParent(), "overwrite", ".tmp");
                Files.write(garbage, bytes);
                Files.move(garbage, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        }
    }

    /**
     * Deletes the folder as {@code rm -rf} would while the portal keeps running: the index writer may add a file
     * between the listing and the deletion of its folder, so the walk is repeated until the folder is gone.
     */
    static void deleteTree(Path folder) throws IOException {
        for (int attempt = 1; Files.exists(folder); attempt++) {
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            } catch (DirectoryNotEmptyException | NoSuchFileException | UncheckedIOException raced) {
                if (attempt == 20) {
                    throw raced;
                }
            }
        }
    }
}
