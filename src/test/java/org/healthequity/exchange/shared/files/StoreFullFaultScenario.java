package org.healthequity.exchange.shared.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The disk of the file store fills up (docs/operations.md, "The disk is full / the file store is unwritable"): the
 * portal runs with its file store on a real 3 MB tmpfs (mounting needs root; without it the scenario is skipped, and
 * UploadsIntoAFailingStoreIntegrationTest still proves an unwritable store in the default suite). Group documents are
 * uploaded until the disk is full, then every upload path is tried: each is refused with the "could not be stored" message, and afterwards no
 * temporary or unreferenced file is in the store and no row points at a missing file. Space is then given back and an
 * upload succeeds again. Prints one line:
 * {@code FAULT store-full ok=<bool> uploads=N refused=N partial_files=0 orphan_rows=0}
 */
class StoreFullFaultScenario extends IntegrationTest {

    private static final Logger log = LoggerFactory.getLogger(StoreFullFaultScenario.class);
    private static final String NAME = "store-full";
    private static final Path STORE = Path.of("target", "faults", NAME, "store").toAbsolutePath();
    /** Each row that names a stored file: table, column, area. */
    private static final List<String[]> REFERENCES = List.of(
            new String[] { "case_study_attachment", "stored_name", "case-studies" },
            new String[] { "work_group_document_version", "stored_name", "group-documents" },
            new String[] { "call_application_file", "storage_path", "open-call" },
            new String[] { "open_call", "terms_pdf", "open-call" },
            new String[] { "profile", "photo_path", "photos" },
            new String[] { "network", "terms_pdf_path", "networks" });

    private static boolean mounted;

    @Autowired
    FileUploads uploadsTo;
    @Autowired
    JdbcTemplate jdbc;

    private final Random random = new Random(14);
    private int uploads;
    private int refused;
    private final List<String> unexpected = new ArrayList<>();

    @BeforeAll
    static void onlyWhenAsked() {
        String only = System.getProperty("fault.only", "");
        assumeTrue(only.isBlank() || only.startsWith("${") || only.equals(NAME), "only " + only);
    }

    @DynamicPropertySource
    static void storeOnASmallDisk(DynamicPropertyRegistry registry) {
        registry.add("exchange.files-dir", () -> smallDisk().toString());
    }

    @AfterAll
    static void unmount() throws Exception {
        if (mounted) {
            run("umount", "-l", STORE.toString());
            mounted = false;
        }
    }

    @Test
    void uploadsToAFullDiskAreRefusedAndLeaveNothingHalfSaved() throws Exception {
        assumeTrue(mounted, "mounting a tmpfs for the file store needs root");
        FileUploads.GroupSpace group = uploadsTo.groupSpace("Fill Disk", "Full disk");
        SavedDraft draft = uploadsTo.caseStudyDraft("Full disk");
        FileUploads.Application application = uploadsTo.startedApplication("Fay Full", clock.instant());

        // Fill the disk with group documents, smaller and smaller, until not even 4 KB fit.
        int size = 256 * 1024;
        int stored = 0;
        while (size >= 4 * 1024 && uploads < 500) {
            int bytes = size;
            String title = "Filler " + stored;
            if (!attempt(() -> uploadsTo.groupDocument(group, title, "filler.pdf", pdf(bytes)), "group document")) {
                size /= 2;
            } else {
                stored++;
            }
        }
        int refusedWhileFilling = refused;

        // Full: every upload path is refused with the message, nothing half-saved.
        attempt(() -> uploadsTo.photo(group.lead(), noisePng(300)), "photo");
        attempt(() -> uploadsTo.caseStudyAttachment(draft, "map.png", noisePng(200)), "case-study attachment");
        attempt(() -> uploadsTo.applicationFile(application, "letter.pdf", pdf(64 * 1024)), "application file");
        attempt(() -> uploadsTo.groupDocument(group, "One more", "more.pdf", pdf(64 * 1024)), "group document");
        boolean everyPathRefused = refused - refusedWhileFilling == 4;

        int partialFiles = partialFiles();
        int orphanRows = orphanRows();

        // Space given back (here: the disk grows): uploads work again.
        run("mount", "-o", "remount,size=8m", STORE.toString());
        boolean recovered = attempt(() -> uploadsTo.groupDocument(group, "After", "after.pdf", pdf(64 * 1024)),
                "group document");

        boolean ok = stored > 0 && everyPathRefused && unexpected.isEmpty() && partialFiles == 0 && orphanRows == 0
                && recovered;
        log.info("store-full: tmpfs at {}, {} documents stored before the disk was full, recovered={}, unexpected={}",
                STORE, stored, recovered, unexpected);
        System.out.println("FAULT " + NAME + " ok=" + ok + " uploads=" + uploads + " refused=" + refused
                + " partial_files=" + partialFiles + " orphan_rows=" + orphanRows);
        assertThat(ok).as("store-full scenario: unexpected %s", unexpected).isTrue();
    }

    /** One upload; true when stored, false when refused with the store's message; anything else is noted. */
    private boolean attempt(Runnable upload, String what) {
        uploads++;
        try {
            upload.run();
            return true;
        } catch (Refused problem) {
            String key = problem.messageKey();
            if (FileNotStored.MESSAGE_KEY.equals(key)) {
                refused++;
            } else {
                unexpected.add(what + ": " + key);
            }
            return false;
        } catch (RuntimeException e) {
            unexpected.add(what + ": " + e);
            return false;
        }
    }

    /** Temporary files left over, and stored files no row names. */
    private int partialFiles() throws IOException {
        Set<String> referenced = new HashSet<>();
        for (String[] reference : REFERENCES) {
            referenced.addAll(jdbc.queryForList("select '" + reference[2] + "/' || " + reference[1] + " from "
                    + reference[0] + " where " + reference[1] + " is not null", String.class));
        }
        int partial = 0;
        try (var files = Files.walk(STORE)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String key = STORE.relativize(file).toString();
                if (!referenced.contains(key)) {
                    partial++;
                    unexpected.add("unreferenced or partial file " + key);
                }
            }
        }
        return partial;
    }

    /** Rows that name a file the store does not have, or whose size differs from the row's. */
    private int orphanRows() {
        int orphans = 0;
        for (String[] reference : REFERENCES) {
            for (String name : jdbc.queryForList("select " + reference[1] + " from " + reference[0] + " where "
                    + reference[1] + " is not null", String.class)) {
                if (!Files.isRegularFile(STORE.resolve(reference[2]).resolve(name))) {
                    orphans++;
                    unexpected.add("row without its file: " + reference[0] + " " + name);
                }
            }
        }
        for (var row : jdbc.queryForList("select stored_name, size_bytes from work_group_document_version")) {
            Path file = STORE.resolve("group-documents").resolve((String) row.get("stored_name"));
            try {
                if (Files.isRegularFile(file) && Files.size(file) != ((Number) row.get("size_bytes")).longValue()) {
                    orphans++;
                    unexpected.add("file of another size than its row: " + file);
                }
            } catch (IOException e) {
                orphans++;
            }
        }
        return orphans;
    }

    private byte[] pdf(int bytes) {
        byte[] content = new byte[bytes];
        random.nextBytes(content);
        byte[] header = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        return content;
    }

    private byte[] noisePng(int side) {
        var image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < side; x++) {
            for (int y = 0; y < side; y++) {
                image.setRGB(x, y, random.nextInt(0xffffff));
            }
        }
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A 3 MB tmpfs for the store (root may mount); otherwise a plain folder, and the scenario is skipped. */
    private static synchronized Path smallDisk() {
        try {
            if (Files.isDirectory(STORE) && isMountPoint()) {
                run("umount", "-l", STORE.toString());
            }
            if (Files.exists(STORE)) {
                try (var old = Files.walk(STORE)) {
                    for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(STORE);
            mounted = run("mount", "-t", "tmpfs", "-o", "size=3m", "tmpfs", STORE.toString());
            return STORE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isMountPoint() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/mounts")).stream()
                .anyMatch(line -> line.split(" ")[1].equals(STORE.toString()));
    }

    private static boolean run(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            boolean done = process.waitFor(30, TimeUnit.SECONDS);
            if (!done || process.exitValue() != 0) {
                log.warn("{} failed: {}", String.join(" ", command), output.strip());
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
