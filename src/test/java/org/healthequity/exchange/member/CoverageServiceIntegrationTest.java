package org.healthequity.exchange.member;

import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CoverageServiceIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    private InstitutionAdministration institutions;

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
    }

    @Test
    void countsTheMembersAndInstitutionsOfEachNetworkInACountry() {
        Accounts.signIn(users, "secretariat@example.org");
        CountryCoverage ghanaBefore = country("GH");
        CountryCoverage indiaBefore = country("IN");

        people.withProfile(people.member("Ama Ghana", Network.HIM), form -> People.inCountry(form, "GH"));
        people.withProfile(people.member("Ravi India", Network.GKNHE), form -> People.inCountry(form, "IN"));
        institutions.save(null, new InstitutionForm("Accra Equity Institute " + UUID.randomUUID(),
                InstitutionType.RESEARCH_INSTITUTE, "GH", null, true));

        CountryCoverage ghana = country("GH");
        assertThat(ghana.himMembers()).isEqualTo(ghanaBefore.himMembers() + 1);
        assertThat(ghana.himInstitutions()).isEqualTo(ghanaBefore.himInstitutions() + 1);
        assertThat(ghana.uncovered()).isFalse();
        CountryCoverage india = country("IN");
        assertThat(india.gknheMembers()).as("counted even though the profile is members-only")
                .isEqualTo(indiaBefore.gknheMembers() + 1);
    }

    private CountryCoverage country(String iso2) {
        return coverage.countries(Language.ENGLISH).stream().filter(c -> c.iso2().equals(iso2)).findFirst()
                .orElseThrow();
    }

    @Test
    void onlyTheSecretariatAndAdministratorsSeeIt() {
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> coverage.countries(Language.ENGLISH)).isInstanceOf(AccessDeniedException.class);
        Accounts.signIn(users, "admin@example.org");
        assertThat(coverage.countries(Language.FRENCH)).hasSize(194);
    }
}
