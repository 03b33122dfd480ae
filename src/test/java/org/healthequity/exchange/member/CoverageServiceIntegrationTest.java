package org.healthequity.exchange.member;

import java.util.List;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageServiceIntegrationTest extends IntegrationTest {

    @Autowired
    CoverageService coverage;

    @Autowired
    UserDetailsService users;

    @Test
    void listsEveryMemberStateWithTheGapsFirst() {
        Accounts.signIn(users, "secretariat@example.org");
        List<CountryCoverage> countries = coverage.countries(Language.ENGLISH);
        assertThat(countries).hasSize(194);
        assertThat(countries).extracting(CountryCoverage::region).containsOnly("AFR", "AMR", "SEAR", "EUR", "EMR",
                "WPR");
        int firstCovered = countries.indexOf(countries.stream().filter(c -> !c.uncovered()).findFirst().orElseThrow());
        assertThat(countries.subList(0, firstCovered)).allMatch(CountryCoverage::uncovered);
        assertThat(countries.subList(firstCovered, countries.size())).noneMatch(CountryCoverage::uncovered);

        CountryCoverage ghana = countries.stream().filter(c -> c.iso2().equals("GH")).findFirst().orElseThrow();
        assertThat(ghana.himMembers()).isGreaterThanOrEqualTo(1);
        assertThat(ghana.himInstitutions()).isEqualTo(1);
        CountryCoverage india = countries.stream().filter(c -> c.iso2().equals("IN")).findFirst().orElseThrow();
        assertThat(india.gknheMembers()).as("counted even though the profile is members-only").isGreaterThanOrEqualTo(1);
    }

    @Test
    void onlyTheSecretariatAndAdministratorsSeeIt() {
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> coverage.countries(Language.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        Accounts.signIn(users, "admin@example.org");
        assertThat(coverage.countries(Language.FRENCH)).hasSize(194);
    }
}
