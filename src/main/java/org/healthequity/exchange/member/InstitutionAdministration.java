package org.healthequity.exchange.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;

/** The secretariat keeps the list of institutions: creates, corrects, and records which are HIM members. */
@Service
@Validated
public class InstitutionAdministration {

    /** An institution with its form values, for editing. */
    public record Editable(long id, InstitutionForm form) {
    }

    private final JdbcTemplate jdbc;
    private final AuditLog audit;
    private final Clock clock;

    InstitutionAdministration(JdbcTemplate jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional(readOnly = true)
    public List<Editable> all() {
        return jdbc.query("""
                select i.id, i.name, i.type, i.country, i.website,
                       exists (select 1 from institution_network n where n.institution_id = i.id and n.network = 'HIM')
                         as him
                from institution i order by lower(i.name)""", (rs, n) -> new Editable(rs.getLong("id"),
                new InstitutionForm(rs.getString("name"), InstitutionType.valueOf(rs.getString("type")),
                        rs.getString("country"), rs.getString("website"), rs.getBoolean("him"))));
    }

    /**
     * Creates (id null) or updates an institution.
     *
     * @return its id
     * @throws Refused when another institution of that name exists in that country, or the country is unknown
     */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional
    public long save(@org.jspecify.annotations.Nullable Long id, @Valid InstitutionForm form) {
        Long known = jdbc.queryForObject("select count(*) from country where iso2 = ?", Long.class, form.country());
        if (known == null || known == 0) {
            throw new Refused("country", "profile.country.unknown");
        }
        String website = form.website() == null || form.website().isBlank() ? null : form.website().strip();
        long saved;
        try {
            if (id == null) {
                saved = jdbc.queryForObject("""
                        insert into institution (name, type, country, website, created_at) values (?, ?, ?, ?, ?)
                        returning id""", Long.class, form.name().strip(), form.type().name(), form.country(),
                        website, Timestamp.from(clock.instant()));
            } else {
                jdbc.update("update institution set name = ?, type = ?, country = ?, website = ?, version = version + 1"
                        + " where id = ?", form.name().strip(), form.type().name(), form.country(), website, id);
                saved = id;
            }
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "institutions.duplicate");
        }
        if (form.himMember()) {
            jdbc.update("insert into institution_network (institution_id, network, since) values (?, 'HIM', ?)"
                    + " on conflict do nothing", saved, java.sql.Date.valueOf(java.time.LocalDate.now(clock)));
        } else {
            jdbc.update("delete from institution_network where institution_id = ? and network = 'HIM'", saved);
        }
        audit.record(id == null ? "institution.create" : "institution.update", "institution", saved,
                AuditOutcome.SUCCESS, form.name());
        return saved;
    }
}
