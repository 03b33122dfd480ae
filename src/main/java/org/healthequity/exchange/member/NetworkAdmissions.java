package org.healthequity.exchange.member;

import java.time.ZoneOffset;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Makes an admitted institution a member of its network, with its representative as a member: the institution is
 * found by name and country or created, and the representative's profile names it when it named none. Every step is
 * idempotent, so a redelivered event changes nothing.
 */
@Component
class NetworkAdmissions {

    private static final Logger log = LoggerFactory.getLogger(NetworkAdmissions.class);

    private final InstitutionRows institutions;
    private final AccountRows accounts;
    private final AuditLog audit;
    private final SearchChanges search;

    NetworkAdmissions(InstitutionRows institutions, AccountRows accounts, AuditLog audit, SearchChanges search) {
        this.search = search;
        this.institutions = institutions;
        this.accounts = accounts;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(InstitutionAdmitted event) {
        String name = event.institutionName().strip();
        InstitutionType type = InstitutionType.valueOf(event.institutionType());
        Network network = Network.valueOf(event.network());
        long institution = institutions.find(name, event.country())
                .orElseGet(() -> institutions.create(name, type, event.country(), null, event.admittedAt()));
        institutions.joinNetwork(institution, network, event.admittedAt().atZone(ZoneOffset.UTC).toLocalDate());
        accounts.admitRepresentative(event.representativeAccountId(), network, institution, event.country(),
                event.admittedAt());
        search.institution(institution);
        search.person(event.representativeAccountId());
        audit.recordAs("system", "network.admitted", "account", event.representativeAccountId(),
                AuditOutcome.SUCCESS, event.network() + " institution " + institution + ", application "
                        + event.applicationId());
        log.info("Admitted institution {} to {} (application {})", institution, event.network(),
                event.applicationId());
    }
}
