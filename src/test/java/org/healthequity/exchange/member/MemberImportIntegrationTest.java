package org.healthequity.exchange.member;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.text.Csv;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.Outbox;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Bulk onboarding: a per-line report before anything is written, then all lines or none. */
class MemberImportIntegrationTest extends IntegrationTest {

    @Autowired
    MemberImport importer;

    @Autowired
    AccountPasswords passwords;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    People people;

    @Test
    void importsEveryLineAndMailsEachPersonALinkToChooseAPassword() {
        String a = uniqueEmail("import-a");
        String b = uniqueEmail("import-b");
        byte[] csv = ("email;name;country;title;institution;language\r\n"
                + a + ";Aïcha Koné;CI;Directrice;;fr\r\n"
                + b + ";\"Rao, Meera\";IN;\"Joint Secretary \"\"Policy\"\"\";Ministry of Health and Family Welfare;\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Accounts.signIn(users, "secretariat@example.org");
        ImportPreview preview = importer.preview(csv);
        assertThat(preview.importable()).isTrue();
        assertThat(preview.rows()).extracting(ImportRow::name).containsExactly("Aïcha Koné", "Rao, Meera");
        assertThat(preview.rows().get(1).title()).isEqualTo("Joint Secretary \"Policy\"");

        assertThat(importer.importMembers(csv, Network.GKNHE, NetworkRole.MEMBER)).isEqualTo(2);

        ExchangeUser aicha = (ExchangeUser) users.loadUserByUsername(a);
        assertThat(aicha.isEnabled()).as("pending until the person chooses a password").isFalse();
        assertThat(aicha.roles()).containsExactly(Role.MEMBER);
        assertThat(jdbc.queryForObject("select country from profile where account_id = ?", String.class,
                aicha.accountId())).isEqualTo("CI");
        assertThat(Outbox.templatesFor(jdbc, a)).containsExactly("welcome-import");
        assertThat(Outbox.latestBody(jdbc, a)).contains("Aïcha Koné");

        assertThat(passwords.resetPassword(Outbox.latestToken(jdbc, a), "a long walk to Abidjan"))
                .isEqualTo(TokenOutcome.DONE);
        assertThat(users.loadUserByUsername(a).isEnabled()).isTrue();
    }

    @Test
    void reportsEveryProblemLineByLineAndWritesNothing() {
        String fresh = uniqueEmail("fresh");
        byte[] csv = ("email,name,country,institution,language\n"
                + fresh + ",Fresh Person,KE,,\n"
                + "not-an-address,Someone,KE,,\n"
                + fresh + ",Twice,KE,,\n"
                + "member@example.org,Existing,IN,,\n"
                + uniqueEmail("x") + ",,XX,Unknown Institute,klingon\n").getBytes(StandardCharsets.UTF_8);
        Accounts.signIn(users, "secretariat@example.org");
        ImportPreview preview = importer.preview(csv);
        assertThat(preview.importable()).isFalse();
        assertThat(preview.problemCount()).isEqualTo(4);
        assertThat(preview.rows().get(0).problems()).isEmpty();
        assertThat(preview.rows().get(1).problems()).containsExactly("import.row.bad-email");
        assertThat(preview.rows().get(2).problems()).containsExactly("import.row.duplicate-in-file");
        assertThat(preview.rows().get(3).problems()).containsExactly("import.row.already-registered");
        assertThat(preview.rows().get(4).problems()).containsExactlyInAnyOrder("import.row.bad-name",
                "import.row.unknown-country", "import.row.unknown-institution", "import.row.unknown-language");
        assertThat(preview.rows()).extracting(ImportRow::line).containsExactly(2, 3, 4, 5, 6);

        assertThatThrownBy(() -> importer.importMembers(csv, Network.HIM, NetworkRole.MEMBER))
                .isInstanceOf(IllegalStateException.class);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Long.class, fresh)).isZero();
    }

    @Test
    void refusesAFileThatIsNotUtf8OrHasNoRecognisableHeader() {
        Accounts.signIn(users, "secretariat@example.org");
        byte[] latin1 = "email,name,country\nzoe@example.net,Zoé,FR\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(importer.preview(latin1).fileProblem()).isEqualTo("import.error.encoding");
        byte[] wrongDelimiter = "email|name|country\nzoe@example.net|Zoe|FR\n".getBytes(StandardCharsets.UTF_8);
        assertThat(importer.preview(wrongDelimiter).fileProblem()).isEqualTo("import.error.header");
        assertThat(importer.preview(new byte[0]).fileProblem()).isEqualTo("import.error.empty");
        byte[] withBom = "\uFEFFemail\tname\tcountry\n".concat(uniqueEmail("tab")).concat("\tTab Person\tFJ\n")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(importer.preview(withBom).importable()).isTrue();
    }

    @Test
    void onlyTheSecretariatImports() {
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> importer.preview("email,name,country\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theDirectoryExportHoldsOnlyWhatTheExporterMaySeeAndNeutralisesFormulas() {
        assertThat(Csv.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.cell("Ana")).isEqualTo("\"Ana\"");
        String marker = UUID.randomUUID().toString().substring(0, 8);
        String listed = people.withProfile(people.member("Priya Exported " + marker, Network.HIM),
                f -> People.listed(People.titled(f, "Joint Secretary, Health Policy", Visibility.MEMBERS), true));
        people.member("Hamid Unlisted " + marker, Network.HIM);
        Accounts.signIn(users, "secretariat@example.org");
        String csv = new String(context().getBean(DirectoryExport.class)
                .csv(Language.ENGLISH), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFname,title")
                .contains("\"Priya Exported " + marker + "\"", "Joint Secretary, Health Policy")
                .doesNotContain("Hamid Unlisted " + marker, "@example.org", listed);
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> context().getBean(DirectoryExport.class)
                .csv(Language.ENGLISH))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Autowired
    ApplicationContext applicationContext;

    private ApplicationContext context() {
        return applicationContext;
    }
}
