package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * National clearance of case studies (ADR 0032): the secretariat names focal points per Member State; after the
 * secretariat approved a case study naming such a country, each of its focal points sees it, and one of them clears it
 * or asks for changes. The last country to clear publishes it; a request for changes sends it back to its authors.
 * Whoever is not focal point of the clearance's country is refused, and audited as such.
 */
@Service
public class CaseStudyClearance {

    /** The longest comment of a request for changes. */
    public static final int COMMENT_MAX = Clearance.COMMENT_MAX;

    private final ClearanceRows rows;
    private final ClearanceRepository clearances;
    private final CaseStudyRepository caseStudies;
    private final CaseStudyRevisionRepository revisions;
    private final Publication publication;
    private final ClearanceMail mail;
    private final MemberContacts contacts;
    private final Countries countries;
    private final AuditLog audit;
    private final ClearanceSettings settings;
    private final Clock clock;

    CaseStudyClearance(ClearanceRows rows, ClearanceRepository clearances, CaseStudyRepository caseStudies,
            CaseStudyRevisionRepository revisions, Publication publication, ClearanceMail mail,
            MemberContacts contacts, Countries countries, AuditLog audit, ClearanceSettings settings, Clock clock) {
        this.rows = rows;
        this.clearances = clearances;
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.publication = publication;
        this.mail = mail;
        this.contacts = contacts;
        this.countries = countries;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    /** Every focal point, by country. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<FocalPoint> focalPoints() {
        List<ClearanceRows.Named> named = rows.focalPoints();
        Map<Long, String> names = contacts.names(named.stream().map(ClearanceRows.Named::accountId).toList());
        return named.stream().map(n -> new FocalPoint(n.accountId(), names.getOrDefault(n.accountId(), "?"),
                n.country(), n.namedAt())).toList();
    }

    /** Names the active account of the address focal point of the Member State; naming someone twice is refused. */
    @StaffOnly
    @Transactional
    public void name(String email, String country) {
        if (email.isBlank()) {
            throw new Refused("email", "clearance.focal-point.email-required");
        }
        if (country.isBlank()) {
            throw new Refused("country", "clearance.focal-point.country-required");
        }
        if (countries.find(country, Language.ENGLISH).isEmpty()) {
            throw new Refused("country", "clearance.focal-point.unknown-country");
        }
        long accountId = contacts.activeByEmail(email).map(MemberContacts.Contact::accountId)
                .orElseThrow(() -> new Refused("email", "clearance.focal-point.unknown-account"));
        if (!rows.name(accountId, country, clock.instant())) {
            throw new Refused("email", "clearance.focal-point.already");
        }
        audit.record("clearance.focal-point.name", "account", accountId, AuditOutcome.SUCCESS, country);
    }

    @StaffOnly
    @Transactional
    public void remove(long accountId, String country) {
        if (rows.remove(accountId, country)) {
            audit.record("clearance.focal-point.remove", "account", accountId, AuditOutcome.SUCCESS, country);
        }
    }

    /** Every clearance waiting, oldest first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ClearanceItem> waiting() {
        return rows.pending(overdueBefore());
    }

    /** The clearances waiting for the signed-in person as focal point, oldest first; empty for everyone else. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<ClearanceItem> mine() {
        return rows.pendingFor(CurrentUser.require().accountId(), overdueBefore());
    }

    /**
     * Clears the case study for the clearance's country; the last country to clear publishes it.
     *
     * @param version the clearance's version as the caller saw it: a decision taken meanwhile is refused with
     *        {@link ChangedMeanwhile}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void clear(long clearanceId, long version) {
        long me = CurrentUser.require().accountId();
        Decided decided = decide(clearanceId, version, c -> c.clear(me, clock.instant()));
        audit.record("clearance.clear", "case_study", decided.caseStudy().id(), AuditOutcome.SUCCESS,
                decided.clearance().country());
        if (!clearances.findByRevision(decided.revision().id(), ClearanceStatus.PENDING).isEmpty()) {
            return;
        }
        decided.revision().publishCleared(clock.instant());
        publication.goLive(decided.caseStudy(), decided.revision());
        long id = decided.caseStudy().id();
        mail.published(id, decided.revision().title(), rows.clearedLive(id));
        audit.record("clearance.published", "case_study", decided.caseStudy().id(), AuditOutcome.SUCCESS,
                "revision " + decided.revision().id());
    }

    /** Sends the case study back to its authors with the focal point's comments; other countries need not decide. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void requestChanges(long clearanceId, long version, String comment) {
        long me = CurrentUser.require().accountId();
        String text = comment.strip();
        if (text.isEmpty()) {
            throw new Refused("comment", "clearance.comment-required");
        }
        if (text.length() > COMMENT_MAX) {
            throw new Refused("comment", "clearance.comment-too-long", COMMENT_MAX);
        }
        Decided decided = decide(clearanceId, version, c -> c.requestChanges(me, text, clock.instant()));
        clearances.findByRevision(decided.revision().id(), ClearanceStatus.PENDING).forEach(Clearance::withdraw);
        decided.revision().returnFromClearance(text, clock.instant());
        decided.caseStudy().returned();
        mail.changesRequested(decided.caseStudy().id(), decided.revision().title(), decided.clearance().country(),
                text);
        audit.record("clearance.changes-requested", "case_study", decided.caseStudy().id(), AuditOutcome.SUCCESS,
                decided.clearance().country());
    }

    /** The countries (ISO codes) that cleared the live version of a published case study; empty for any other. */
    @PermitAll
    @Transactional(readOnly = true)
    public List<String> clearedBy(long caseStudyId) {
        return rows.clearedLive(caseStudyId);
    }

    private record Decided(Clearance clearance, CaseStudy caseStudy, CaseStudyRevision revision) {
    }

    /**
     * The caller's decision on a clearance, with the case study locked so that two countries deciding at once take
     * turns (the second sees whether it was the last). Refused unless the caller is focal point of its country and it
     * is still pending for the revision under way.
     */
    private Decided decide(long clearanceId, long version, Consumer<Clearance> step) {
        long me = CurrentUser.require().accountId();
        long caseStudyId = rows.caseStudyOf(clearanceId).orElseThrow(() -> new Refused("clearance.not-found"));
        CaseStudy caseStudy = caseStudies.lockById(caseStudyId).orElseThrow(() -> new Refused("clearance.not-found"));
        Clearance clearance = clearances.findById(clearanceId).orElseThrow(() -> new Refused("clearance.not-found"));
        if (!rows.isFocalPoint(me, clearance.country())) {
            audit.recordIndependently(CurrentUser.actorName(), "clearance.decide", "case_study", caseStudyId,
                    AuditOutcome.DENIED, "not focal point of " + clearance.country());
            throw new AccessDeniedException("Not a clearance focal point of " + clearance.country());
        }
        if (clearance.version() != version) {
            throw new ChangedMeanwhile();
        }
        step.accept(clearance);
        CaseStudyRevision revision = revisions.findById(clearance.revisionId()).orElseThrow();
        if (!Objects.equals(caseStudy.workingRevisionId(), revision.id())
                || revision.status() != RevisionStatus.AWAITING_CLEARANCE) {
            throw new Refused("clearance.not-pending");
        }
        try {
            clearances.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile(e);
        }
        return new Decided(clearance, caseStudy, revision);
    }

    private Instant overdueBefore() {
        return clock.instant().minus(settings.alertAfter());
    }
}
