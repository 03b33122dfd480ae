package org.healthequity.exchange.member;

import java.sql.Timestamp;
import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Records a follow-up form's answers on the institution the acceptance admitted (ADR 0034): its representatives, focal
 * points and consent to list them. A redelivered or older event never overwrites newer answers.
 */
@Component
class InstitutionFollowUps {

    private static final Logger log = LoggerFactory.getLogger(InstitutionFollowUps.class);

    /** As long as the columns {@code institution.representatives} and {@code focal_points}. */
    static final int CONTACTS_MAX = 4000;

    private final InstitutionRows institutions;
    private final NamedParameterJdbcTemplate jdbc;
    private final AuditLog audit;

    InstitutionFollowUps(InstitutionRows institutions, NamedParameterJdbcTemplate jdbc, AuditLog audit) {
        this.institutions = institutions;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @ApplicationModuleListener
    void on(FollowUpSubmitted event) {
        long institution = institution(event);
        jdbc.update("""
                update institution set representatives = :representatives, focal_points = :focal,
                    contacts_listed = :listed, contacts_at = :at, version = version + 1
                where id = :id and (contacts_at is null or contacts_at <= :at)""",
                new MapSqlParameterSource("id", institution)
                        .addValue("representatives", joined(event.representatives()))
                        .addValue("focal", joined(event.focalPoints()))
                        .addValue("listed", event.consentToListing())
                        .addValue("at", Timestamp.from(event.submittedAt())));
        audit.recordAs("system", "institution.follow-up", "institution", institution, AuditOutcome.SUCCESS,
                "application " + event.applicationId() + (event.consentToListing() ? ", listed" : ", not listed"));
        log.info("Recorded the follow-up of application {} on institution {}", event.applicationId(), institution);
    }

    /**
     * The institution the acceptance admitted: found as {@link NetworkAdmissions} finds it, or created when this event
     * is handled before that one (both are handled after their transactions, in no set order).
     */
    private long institution(FollowUpSubmitted event) {
        String name = event.institutionName().strip();
        return institutions.find(name, event.country()).orElseGet(() -> {
            jdbc.update("""
                    insert into institution (name, type, country, created_at) values (:name, :type, :country, :at)
                    on conflict do nothing""", new MapSqlParameterSource("name", name)
                    .addValue("type", InstitutionType.valueOf(event.institutionType()).name())
                    .addValue("country", event.country()).addValue("at", Timestamp.from(event.submittedAt())));
            return institutions.find(name, event.country()).orElseThrow();
        });
    }

    private static String joined(List<String> lines) {
        String text = String.join("\n", lines);
        return text.length() > CONTACTS_MAX ? text.substring(0, CONTACTS_MAX) : text;
    }
}
