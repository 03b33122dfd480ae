package org.healthequity.exchange.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.files.LocalFileStore;

/**
 * Makes one area of the test file store unwritable for the length of an action: a regular file stands where the
 * area's folder should be. (Permissions would not do: the tests may run as root, which ignores them.)
 */
public final class UnwritableStore {

    private UnwritableStore() {
    }

    public static void whileUnwritable(FileStore store, String area, Runnable action) {
        Path root = ((LocalFileStore) store).root();
        Path folder = root.resolve(area);
        Path aside = root.resolve(".aside-" + UUID.randomUUID());
        try {
            Files.createDirectories(folder);
            Files.move(folder, aside);
            Files.writeString(folder, "not a folder");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            action.run();
        } finally {
            try {
                Files.delete(folder);
                Files.move(aside, folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
