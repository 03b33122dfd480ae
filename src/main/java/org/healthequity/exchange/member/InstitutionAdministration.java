package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;

/** The secretariat keeps the list of institutions: creates, corrects, and records which are HIM members. */
@Service
@Validated
public class InstitutionAdministration {

    /** An institution with its form values, for editing. */
    public record Editable(long id, InstitutionForm form) {
    }

    private final InstitutionRows rows;
    private final AuditLog audit;
    private final Clock clock;
    private final SearchChanges search;

    InstitutionAdministration(InstitutionRows rows, AuditLog audit, Clock clock, SearchChanges search) {
        this.search = search;
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<Editable> all() {
        return rows.editable();
    }

    /**
     * Creates (id null) or updates an institution.
     *
     * @return its id
     * @throws Refused when another institution of that name exists in that country, or the country is unknown
     */
    @StaffOnly
    @Transactional
    public long save(@Nullable Long id, @Valid InstitutionForm form) {
        if (!rows.countryExists(form.country())) {
            throw new Refused("country", "profile.country.unknown");
        }
        String website = form.website() == null || form.website().isBlank() ? null : form.website().strip();
        long saved;
        try {
            if (id == null) {
                saved = rows.create(form.name().strip(), form.type(), form.country(), website, clock.instant());
            } else {
                rows.update(id, form.name().strip(), form.type(), form.country(), website);
                saved = id;
            }
        } catch (DuplicateKeyException e) {
            throw new Refused("name", "institutions.duplicate");
        }
        if (form.himMember()) {
            rows.joinNetwork(saved, Network.HIM, LocalDate.now(clock));
        } else {
            rows.leaveNetwork(saved, Network.HIM);
        }
        search.institution(saved);
        audit.record(id == null ? "institution.create" : "institution.update", "institution", saved,
                AuditOutcome.SUCCESS, form.name());
        return saved;
    }
}
