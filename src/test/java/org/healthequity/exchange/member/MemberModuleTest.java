package org.healthequity.exchange.member;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.GroupLeadAppointed;
import org.healthequity.exchange.workgroup.GroupLeadershipEnded;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The member module on its own (with the modules it uses) handling the events other modules publish to it: an open
 * call admits an institution, a working group appoints or loses a lead. The database is the integration tests'
 * PostgreSQL; the index and files live in a folder of this context's own.
 */
// With search, this context's changes reach the change feed, so the shared test context's index stays current.
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "search")
@ActiveProfiles("test")
@TestPropertySource(properties = { "exchange.data-dir=target/module-test-data/member",
        // Only the modules of this test are present, so some of the readiness group may be missing.
        "management.endpoint.health.validate-group-membership=false" })
@Import(People.class)
class MemberModuleTest {

    @Autowired
    People people;

    @Autowired
    UserDetailsService users;

    @Autowired
    NetworkService networks;

    @Autowired
    Clock clock;

    /** The workgroup module's answer, which this module asks when a leadership begins or ends. */
    @MockitoBean
    GroupLeads leads;

    @Test
    void admittedInstitutionJoinsTheNetworkWithItsRepresentativeAsMember(Scenario scenario) {
        String representative = people.applicant("Rita Representative");
        long representativeId = people.id(representative);
        long institutionsBefore = him().institutions();
        String institution = "Admitted Institute " + UUID.randomUUID();

        scenario.publish(new InstitutionAdmitted(4711, Network.HIM.name(), representativeId, institution,
                InstitutionType.UNIVERSITY.name(), "KE", clock.instant()))
                .andWaitForStateChange(() -> roles(representative).contains(Role.MEMBER))
                .andVerify(isMember -> assertThat(him().institutions()).isEqualTo(institutionsBefore + 1));
    }

    @Test
    void anAdmittedInstitutionAndItsRepresentativeAreReReadBySearch(Scenario scenario) {
        String representative = people.applicant("Sami Searchable");
        long representativeId = people.id(representative);

        scenario.publish(new InstitutionAdmitted(4712, Network.HIM.name(), representativeId,
                "Searchable Institute " + UUID.randomUUID(), InstitutionType.UNIVERSITY.name(), "GH",
                clock.instant()))
                .andWaitForEventOfType(SearchableChanged.class)
                .matching(changed -> changed.type().equals(ProfileSearchSource.TYPE)
                        && changed.contentId() == representativeId)
                .toArrive();
    }

    @Test
    void appointedGroupLeadGetsTheRoleUntilTheyLeadNoGroup(Scenario scenario) {
        String lead = people.member("Gina Grouplead");
        long leadId = people.id(lead);
        when(leads.leadsAnActiveGroup(leadId)).thenReturn(true);

        scenario.publish(new GroupLeadAppointed(leadId, 42))
                .andWaitForStateChange(() -> roles(lead).contains(Role.GROUP_LEAD))
                .andVerify(hasRole -> assertThat(roles(lead)).contains(Role.MEMBER));

        when(leads.leadsAnActiveGroup(leadId)).thenReturn(false);
        scenario.publish(new GroupLeadershipEnded(leadId, 42))
                .andWaitForStateChange(() -> !roles(lead).contains(Role.GROUP_LEAD))
                .andVerify(lost -> assertThat(roles(lead)).containsExactly(Role.MEMBER));
    }

    private NetworkInfo him() {
        return networks.networks().stream().filter(n -> n.network() == Network.HIM).findFirst().orElseThrow();
    }

    private Set<Role> roles(String email) {
        return ((ExchangeUser) users.loadUserByUsername(email)).roles();
    }
}
