package org.healthequity.exchange.member;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NetworkServiceIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    @Autowired
    private InstitutionAdministration institutions;

    @Autowired
    NetworkService networks;

    @Autowired
    UserDetailsService users;

    @Test
    void bothNetworksAreDescribedWithTheirTermsSecretariatAndSize() {
        String sophie = People.unique("Sophie Laurent");
        people.withProfile(people.secretariat(sophie, Network.HIM), f -> People.listed(f, true));
        String unlisted = People.unique("Hidden Secretary");
        people.secretariat(unlisted, Network.HIM);
        NetworkInfo before = networks.networks().get(1);
        people.member("Hana Him", Network.HIM);
        Accounts.signIn(users, "secretariat@example.org");
        institutions.save(null, new InstitutionForm("Him Institute " + UUID.randomUUID(),
                InstitutionType.UNIVERSITY, "KE", null, true));
        SecurityContextHolder.clearContext();

        List<NetworkInfo> all = networks.networks();
        assertThat(all).extracting(NetworkInfo::network).containsExactly(Network.GKNHE, Network.HIM);
        NetworkInfo him = all.get(1);
        assertThat(him.termsText()).contains("annual open call", "Steering Committee");
        assertThat(him.institutions()).isEqualTo(before.institutions() + 1);
        assertThat(him.members()).isEqualTo(before.members() + 1);
        assertThat(him.secretariat()).contains(sophie).doesNotContain(unlisted);
        assertThat(him.contactEmail()).isEqualTo("him-secretariat@example.org");
    }

    @Test
    void theSecretariatPublishesATermsPdfThatEveryoneCanDownload() {
        byte[] pdf = "%PDF-1.7\n%minimal test document\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
        Accounts.signIn(users, "secretariat@example.org");
        assertThatThrownBy(() -> networks.uploadTermsPdf(Network.HIM,
                "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(Refused.class).extracting(e -> ((Refused) e).messageKey())
                .isEqualTo("networks.terms.not-a-pdf");
        networks.uploadTermsPdf(Network.HIM, pdf);

        SecurityContextHolder.clearContext();
        assertThat(networks.termsPdf(Network.HIM)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
        assertThat(networks.networks().get(1).termsPdf()).isTrue();
    }

    @Test
    void membersCannotReplaceTheTerms() {
        Accounts.signIn(users, "member@example.org");
        assertThatThrownBy(() -> networks.uploadTermsPdf(Network.GKNHE, "%PDF-1.4".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
