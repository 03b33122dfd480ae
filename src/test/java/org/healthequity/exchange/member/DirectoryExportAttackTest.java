package org.healthequity.exchange.member;

import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.support.Spreadsheets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/** A member renames themselves like a formula; the secretariat's directory export must still be plain text. */
@Tag("attack")
class DirectoryExportAttackTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    AccountService accounts;

    @Autowired
    DirectoryExport export;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void memberNamedLikeAFormulaIsDefusedInTheDirectoryExport() {
        String marker = "Formula-" + UUID.randomUUID().toString().substring(0, 8);
        for (String formula : Spreadsheets.FORMULAS) {
            String email = people.inTimeZone(people.member("Someone"), ZoneId.of("UTC"));
            people.withProfile(email, f -> new ProfileForm(formula + " " + marker, f.institutionId(), f.country(),
                    f.biography(), true, Visibility.PUBLIC, f.institutionVisibility(), f.countryVisibility(),
                    f.languagesVisibility(), f.expertiseVisibility(), f.biographyVisibility(), f.languages(),
                    f.expertise(), f.photoVisibility()));
            Accounts.signIn(users, email);
            accounts.rename(formula + " " + marker);
        }
        Accounts.signIn(users, "secretariat@example.org");
        List<List<String>> rows = Spreadsheets.csv(new String(export.csv(Language.ENGLISH), StandardCharsets.UTF_8));
        List<List<String>> ours = rows.stream().filter(row -> row.getFirst().contains(marker)).toList();
        assertThat(ours).hasSize(Spreadsheets.FORMULAS.size());
        assertThat(ours).allSatisfy(row -> {
            assertThat(row.get(0)).startsWith("'");
            assertThat(row.get(1)).startsWith("'");
        });
    }
}
