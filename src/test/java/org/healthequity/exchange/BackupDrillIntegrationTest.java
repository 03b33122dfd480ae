package org.healthequity.exchange;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;
import javax.sql.DataSource;

import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.search.IndexState;
import org.healthequity.exchange.search.SearchAdministration;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.files.LocalFileStore;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The backup and restore drill of docs/operations.md, run for real: scripts/backup of the test database and file
 * store, scripts/restore into a new empty database and folder, the same rows and files there, and a node started on
 * the restored database rebuilds its search index from it with as many documents as the original expects.
 */
class BackupDrillIntegrationTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture workgroupFixture;

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    private static final List<String> MAIN_TABLES = List.of("account", "profile", "case_study",
            "case_study_attachment", "work_group", "work_group_document_version", "open_call", "call_application",
            "call_application_file", "webinar");

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FileStore store;
    @Autowired
    UserDetailsService users;
    @Autowired
    SearchAdministration search;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CaseStudyAttachments attachments;
    @Autowired
    ModerationQueue queue;
    @Autowired
    WorkingGroups groups;
    @Autowired
    GroupMembership membership;
    @Autowired
    GroupDiscussions discussions;
    @Autowired
    GroupDocuments documents;
    @Autowired
    ObjectProvider<SecurityContextHolderStrategy> securityStrategy;

    @Value("${spring.datasource.password:}")
    String password;

    @TempDir
    Path folder;

    @Test
    void aRestoredBackupHasTheSameRowsFilesAndSearchDocuments() throws Exception {
        assumeTrue(onPath("pg_dump") && onPath("pg_restore") && onPath("psql"),
                "the backup drill needs pg_dump, pg_restore and psql on PATH (apt-get install postgresql-client)");
        byte[] pdf = ("%PDF-1.4\n% drill " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] image = png();
        long caseStudy = publishedCaseStudyWithAttachment(image);
        String attachment = jdbc.queryForObject("select stored_name from case_study_attachment"
                + " where case_study_id = ?", String.class, caseStudy);
        groupDocument(pdf);
        Accounts.signIn(users, "admin@example.org");
        long searchable = search.state().expected();
        SecurityContextHolder.clearContext();
        Map<String, Long> countsBefore = counts(jdbc);

        // The attachment's file is deleted while its row is still in the snapshot (as when a delete commits while the
        // backup runs); a file deleted long before the backup is not taken.
        Path root = ((LocalFileStore) store).root();
        store.delete("case-studies/" + attachment);
        Path deletedLongAgo = root.resolve(".deleted/case-studies/long-ago-" + UUID.randomUUID() + ".png");
        Files.createDirectories(deletedLongAgo.getParent());
        Files.write(deletedLongAgo, image);
        Files.setLastModifiedTime(deletedLongAgo, FileTime.from(Instant.now().minus(Duration.ofMinutes(30))));

        Database database = database();
        Path backup = folder.resolve("backup");
        Script backedUp = run("scripts/backup", backup, database.url(), database.user(),
                ((LocalFileStore) store).root());
        assertThat(backedUp.exitCode()).as(backedUp.output()).isZero();
        assertThat(backedUp.output()).contains("BACKUP ok=true");

        String restoredName = "exchange_drill_" + UUID.randomUUID().toString().substring(0, 8);
        String restoredUrl = database.url().substring(0, database.url().lastIndexOf('/') + 1) + restoredName;
        Path restoredFiles = folder.resolve("restored-files");
        jdbc.execute("create database " + restoredName);
        try {
            Script restored = run("scripts/restore", backup, restoredUrl, database.user(), restoredFiles);
            assertThat(restored.exitCode()).as(restored.output()).isZero();
            assertThat(restored.output()).containsPattern(
                    "RESTORE ok=true tables=\\d+ rows=\\d+ files=\\d+ count_mismatches=0 checksum_mismatches=0");

            JdbcTemplate restoredDb = new JdbcTemplate(new DriverManagerDataSource(restoredUrl, database.user(), password));
            assertThat(counts(restoredDb)).isEqualTo(countsBefore);
            assertThat(Files.readAllBytes(restoredFiles.resolve("case-studies").resolve(attachment)))
                    .as("a file deleted while the backup ran is restored with the row that names it").isEqualTo(image);
            assertThat(restoredFiles.resolve("case-studies").resolve(deletedLongAgo.getFileName())).doesNotExist();
            assertThat(sameFiles(((LocalFileStore) store).root(), restoredFiles)).isTrue();
            Script again = run("scripts/restore", backup, restoredUrl, database.user(), folder.resolve("other"));
            assertThat(again.exitCode()).as("a restore over existing data is refused").isEqualTo(1);
            assertThat(again.output()).contains("the database is not empty");

            assertThat(documentsIndexedByANodeOn(restoredUrl, database.user(), restoredFiles)).isEqualTo(searchable);
        } finally {
            jdbc.execute("drop database if exists " + restoredName + " with (force)");
        }
    }

    /** Starts the portal on the restored database with an empty data folder and waits for its rebuilt index. */
    private long documentsIndexedByANodeOn(String url, String user, Path files) {
        SecurityContextHolderStrategy ours = securityStrategy.getIfAvailable();
        try (ConfigurableApplicationContext node = new SpringApplicationBuilder(ExchangeApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password, "--exchange.data-dir=" + folder.resolve("node-data"),
                "--exchange.files-dir=" + files, "--exchange.demo-data=false", "--server.port=0",
                "--management.server.port=0", "--exchange.operations.drain-time=0s",
                "--spring.main.banner-mode=off")) {
            node.getBeanProvider(SecurityContextHolderStrategy.class)
                    .ifAvailable(SecurityContextHolder::setContextHolderStrategy);
            Accounts.signIn(node.getBean(UserDetailsService.class), "admin@example.org");
            SearchAdministration restoredSearch = node.getBean(SearchAdministration.class);
            await().atMost(Duration.ofMinutes(3)).pollInSameThread().pollInterval(Duration.ofMillis(250))
                    .until(restoredSearch::state, state -> !state.rebuilding() && state.consistent()
                            && state.documents() > 0);
            IndexState state = restoredSearch.state();
            SecurityContextHolder.clearContext();
            return state.documents();
        } finally {
            if (ours != null) {
                SecurityContextHolder.setContextHolderStrategy(ours);
            }
        }
    }

    private long publishedCaseStudyWithAttachment(byte[] image) {
        CaseStudyFixture fixture = caseStudyFixture;
        inAnHourOfItsOwn();
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Backed up"));
        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "drill.png", image);
        authoring.submit(draft.caseStudyId(), attached.version());
        fixture.decide(draft.caseStudyId(), Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        return draft.caseStudyId();
    }

    private void groupDocument(byte[] pdf) {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Bea Backup", Network.HIM);
        long group = fixture.group("Backed up", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        fixture.signIn(lead);
        documents.upload(group, "Drill", "", "drill.pdf", pdf);
        SecurityContextHolder.clearContext();
    }

    private static Map<String, Long> counts(JdbcTemplate db) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : MAIN_TABLES) {
            counts.put(table, db.queryForObject("select count(*) from " + table, Long.class));
        }
        return counts;
    }

    /** Every file of the original store is in the restored folder with the same content. */
    private static boolean sameFiles(Path original, Path restored) throws IOException {
        try (var files = Files.walk(original)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path relative = original.relativize(file);
                if (relative.toString().contains("/.") || relative.toString().startsWith(".")) {
                    continue;
                }
                if (!Files.exists(restored.resolve(relative))
                        || Files.mismatch(file, restored.resolve(relative)) != -1) {
                    return false;
                }
            }
        }
        return true;
    }

    private record Database(String url, String user) {
    }

    private Database database() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            String url = connection.getMetaData().getURL();
            int query = url.indexOf('?');
            return new Database(query < 0 ? url : url.substring(0, query), connection.getMetaData().getUserName());
        }
    }

    private record Script(int exitCode, String output) {
    }

    private Script run(String script, Path argument, String url, String user, Path files) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("bash", script, argument.toString()).redirectErrorStream(true);
        builder.environment().remove("EXCHANGE_DATA_DIR");
        builder.environment().put("EXCHANGE_DB_URL", url);
        builder.environment().put("EXCHANGE_DB_USER", user);
        builder.environment().put("EXCHANGE_DB_PASSWORD", password);
        builder.environment().put("EXCHANGE_FILES_DIR", files.toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(script + " finished").isTrue();
        return new Script(process.exitValue(), output);
    }

    private static boolean onPath(String command) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] png() {
        try {
            var image = new BufferedImage(30, 20, BufferedImage.TYPE_INT_RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
