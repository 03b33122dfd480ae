package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shared folder behind the file store: whole files or nothing, keys kept inside it, the old layout moved in. */
class LocalFileStoreTest {

    private static final byte[] PDF = "%PDF-1.4\n% a report\n".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path folder;

    @Test
    void aFilePutIsReadBackListedAndDeleted() {
        LocalFileStore store = new LocalFileStore(folder.resolve("files"));
        FileArea reports = store.area("case-studies");

        String name = reports.store(PDF, FileKind.PDF);

        assertThat(name).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(reports.read(name)).hasValue(PDF);
        assertThat(store.list("case-studies/")).containsExactly("case-studies/" + name);
        assertThat(store.area("photos").read(name)).as("areas are apart").isEmpty();
        reports.delete(name);
        reports.delete(name);
        assertThat(reports.read(name)).isEmpty();
        assertThat(reports.fileCount()).isZero();
    }

    @Test
    void namesThatLeaveTheAreaAreNeverReadNorWritten() throws IOException {
        LocalFileStore store = new LocalFileStore(folder.resolve("files"));
        Files.writeString(folder.resolve("secret.txt"), "secret");

        assertThat(store.area("photos").read("../../secret.txt")).isEmpty();
        assertThat(store.area("photos").read("/etc/passwd")).isEmpty();
        assertThatThrownBy(() -> store.put("photos/../../secret.txt", PDF)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> store.area("../x")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Files.readString(folder.resolve("secret.txt"))).isEqualTo("secret");
    }

    @Test
    void aStoreThatCannotWriteRefusesAndLeavesNoPartOfTheFile() throws IOException {
        LocalFileStore store = new LocalFileStore(folder.resolve("files"));
        // Permissions do not stop root (the tests may run as root): a regular file where the area folder should be
        // stops everyone.
        Files.createDirectories(folder.resolve("files"));
        Files.writeString(folder.resolve("files/group-documents"), "not a folder");

        assertThatThrownBy(() -> store.area("group-documents").store(PDF, FileKind.PDF))
                .isInstanceOfSatisfying(FileNotStored.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.not-stored"));
        try (var left = Files.walk(folder)) {
            assertThat(left.filter(Files::isRegularFile).map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("group-documents");
        }
    }

    @Test
    void filesOfTheOldLayoutMoveIntoTheStoreUnderTheSameNames() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("workgroups"));
        Files.createDirectories(data.resolve("photos"));
        Files.createDirectories(data.resolve("search"));
        Files.write(data.resolve("workgroups/0b7e2f3c-1d9b-4c3e-9c1a-2f5d6e7a8b9c.pdf"), PDF);
        Files.write(data.resolve("photos/12-0b7e2f3c-1d9b-4c3e-9c1a-2f5d6e7a8b9c.jpg"), new byte[] { 1, 2 });
        Files.writeString(data.resolve("search/current"), "g1");
        LocalFileStore store = new LocalFileStore(data.resolve("files"));

        assertThat(LegacyFileLayout.moveInto(data, store, store.root())).isEqualTo(2);

        assertThat(store.area("group-documents").read("0b7e2f3c-1d9b-4c3e-9c1a-2f5d6e7a8b9c.pdf")).hasValue(PDF);
        assertThat(store.area("photos").read("12-0b7e2f3c-1d9b-4c3e-9c1a-2f5d6e7a8b9c.jpg"))
                .hasValue(new byte[] { 1, 2 });
        assertThat(data.resolve("workgroups")).doesNotExist();
        assertThat(data.resolve("photos")).doesNotExist();
        assertThat(data.resolve("search/current")).as("per-node data stays").exists();
        assertThat(LegacyFileLayout.moveInto(data, store, store.root())).as("a second start moves nothing").isZero();
    }

    @Test
    void aStoreInsideTheDataFolderUnderTheOldNamesIsLeftAsItIs() throws IOException {
        Path data = folder.resolve("data");
        Files.createDirectories(data.resolve("photos"));
        Files.write(data.resolve("photos/12-0b7e2f3c-1d9b-4c3e-9c1a-2f5d6e7a8b9c.jpg"), new byte[] { 1 });
        LocalFileStore store = new LocalFileStore(data);

        assertThat(LegacyFileLayout.moveInto(data, store, store.root())).isZero();
        assertThat(store.area("photos").fileCount()).isEqualTo(1);
    }

    @Test
    void aDeletedFileWaitsAsideForItsGracePeriodThenIsRemovedForGood() throws IOException {
        LocalFileStore store = new LocalFileStore(folder.resolve("files"), Duration.ofHours(1));
        FileArea reports = store.area("case-studies");
        String name = reports.store(PDF, FileKind.PDF);
        Path aside = store.root().resolve(".deleted/case-studies").resolve(name);

        reports.delete(name);

        assertThat(reports.read(name)).as("gone for the portal at once").isEmpty();
        assertThat(store.list("case-studies/")).isEmpty();
        assertThat(aside).as("kept aside for a backup that is running").hasBinaryContent(PDF);
        assertThat(store.purgeDeleted(Instant.now().plus(Duration.ofMinutes(59)))).isZero();
        assertThat(aside).exists();
        assertThat(store.purgeDeleted(Instant.now().plus(Duration.ofMinutes(61)))).isEqualTo(1);
        assertThat(aside).doesNotExist();
    }

    @Test
    void aFileStoredAgainUnderADeletedKeyIsTheNewContent() {
        LocalFileStore store = new LocalFileStore(folder.resolve("files"));
        store.put("photos/12-a.jpg", new byte[] { 1 });
        store.delete("photos/12-a.jpg");
        store.put("photos/12-a.jpg", new byte[] { 2 });
        store.delete("photos/12-a.jpg");
        store.put("photos/12-a.jpg", new byte[] { 3 });

        assertThat(store.get("photos/12-a.jpg")).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(3));
        assertThat(store.list("photos/")).containsExactly("photos/12-a.jpg");
    }
}
