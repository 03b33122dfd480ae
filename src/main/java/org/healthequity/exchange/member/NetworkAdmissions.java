package org.healthequity.exchange.member;

import java.time.ZoneOffset;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
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

    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    NetworkAdmissions(NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(InstitutionAdmitted event) {
        MapSqlParameterSource p = new MapSqlParameterSource()
                .addValue("name", event.institutionName().strip())
                .addValue("type", InstitutionType.valueOf(event.institutionType()).name())
                .addValue("country", event.country())
                .addValue("network", Network.valueOf(event.network()).name())
                .addValue("account", event.representativeAccountId())
                .addValue("at", java.sql.Timestamp.from(event.admittedAt()))
                .addValue("since", java.sql.Date.valueOf(event.admittedAt().atZone(ZoneOffset.UTC).toLocalDate()));
        Long institution = jdbc.query("select id from institution where lower(name) = lower(:name)"
                + " and country = :country", p, rs -> rs.next() ? rs.getLong(1) : null);
        if (institution == null) {
            institution = jdbc.queryForObject("""
                    insert into institution (name, type, country, created_at) values (:name, :type, :country, :at)
                    returning id""", p, Long.class);
        }
        p.addValue("institution", institution);
        jdbc.update("""
                insert into institution_network (institution_id, network, since) values (:institution, :network, :since)
                on conflict do nothing""", p);
        jdbc.update("""
                insert into network_membership (account_id, network, role, consent_directory, consent_contact, joined_at)
                values (:account, :network, 'MEMBER', false, false, :at) on conflict do nothing""", p);
        p.addValue("role", Role.MEMBER.name());
        jdbc.update("insert into account_role (account_id, role) values (:account, :role) on conflict do nothing", p);
        jdbc.update("""
                insert into profile (account_id, institution_id, country, in_directory, updated_at)
                values (:account, :institution, :country, false, :at)
                on conflict (account_id) do update set institution_id = coalesce(profile.institution_id, :institution),
                    country = coalesce(profile.country, :country)""", p);
        audit.recordAs("system", "network.admitted", "account", event.representativeAccountId(),
                AuditOutcome.SUCCESS, event.network() + " institution " + institution + ", application "
                        + event.applicationId());
        log.info("Admitted institution {} to {} (application {})", institution, event.network(),
                event.applicationId());
    }
}
