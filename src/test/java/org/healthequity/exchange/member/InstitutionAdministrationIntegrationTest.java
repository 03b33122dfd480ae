package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import jakarta.validation.ConstraintViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstitutionAdministrationIntegrationTest extends IntegrationTest {

    @Autowired
    InstitutionAdministration institutions;

    @Autowired
    DirectoryService directory;

    @Autowired
    UserDetailsService users;

    @Test
    void theSecretariatCreatesAndCorrectsAnInstitution() {
        Accounts.signIn(users, "secretariat@example.org");
        String name = "Uganda Bureau of Statistics " + System.nanoTime();
        long id = institutions.save(null, new InstitutionForm(name, InstitutionType.STATISTICS_OFFICE, "UG",
                "https://www.ubos.org", true));
        InstitutionPage page = directory.institution(id, Language.ENGLISH).orElseThrow();
        assertThat(page.networks()).containsExactly(Network.HIM);
        assertThat(page.region()).isEqualTo("AFR");

        institutions.save(id, new InstitutionForm(name, InstitutionType.STATISTICS_OFFICE, "UG", null, false));
        assertThat(directory.institution(id, Language.ENGLISH).orElseThrow().networks()).isEmpty();
        assertThat(directory.institution(id, Language.ENGLISH).orElseThrow().website()).isNull();
    }

    @Test
    void refusesDuplicatesUnknownCountriesAndUnsafeWebsites() {
        Accounts.signIn(users, "secretariat@example.org");
        assertThatThrownBy(() -> institutions.save(null, new InstitutionForm("ghana statistical service",
                InstitutionType.STATISTICS_OFFICE, "GH", null, false))).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo("institutions.duplicate");
        assertThatThrownBy(() -> institutions.save(null, new InstitutionForm("Somewhere", InstitutionType.OTHER,
                "ZZ", null, false))).isInstanceOf(Refused.class);
        assertThatThrownBy(() -> institutions.save(null, new InstitutionForm("Scripted", InstitutionType.OTHER,
                "KE", "javascript:alert(1)", false))).isInstanceOf(ConstraintViolationException.class);
    }

    @Test
    void onlyTheSecretariatManagesInstitutions() {
        Accounts.signIn(users, "lead@example.org");
        assertThatThrownBy(() -> institutions.all()).isInstanceOf(AccessDeniedException.class);
    }
}
