package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The working revision of a case study, as its authors change it: only an author may, a stale version is a conflict,
 * and a published (or retracted) case study gets a new revision copied from its live one.
 */
@Component
class Drafts {

    private final CaseStudyRepository caseStudies;
    private final CaseStudyRevisionRepository revisions;
    private final CaseStudyRecords records;
    private final AuditLog audit;
    private final Clock clock;

    Drafts(CaseStudyRepository caseStudies, CaseStudyRevisionRepository revisions, CaseStudyRecords records,
            AuditLog audit, Clock clock) {
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
    }

    /** Refuses anyone but an author of the case study (and records the refusal). */
    void requireAuthor(long id) {
        ExchangeUser me = CurrentUser.require();
        if (!records.isAuthor(id, me.accountId())) {
            audit.recordIndependently(CurrentUser.actorName(), "case-study.edit", "case_study", id,
                    AuditOutcome.DENIED, "not an author");
            throw new AccessDeniedException("Not an author of case study " + id);
        }
    }

    CaseStudyRevision editableWorking(long id, long loadedVersion, ExchangeUser me) {
        CaseStudy caseStudy = caseStudies.lockById(id).orElseThrow(CaseStudyAuthoring::notFound);
        requireAuthor(id);
        if (caseStudy.workingRevisionId() == null) {
            if (loadedVersion != -1) {
                throw new ChangedMeanwhile();
            }
            return startRevision(caseStudy, me.accountId(), clock.instant());
        }
        CaseStudyRevision working = revisions.findById(caseStudy.workingRevisionId()).orElseThrow();
        if (working.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        if (!working.status().editable()) {
            throw new Refused("", "case-study.not-editable");
        }
        return working;
    }

    /** A new working revision copied from the live (or retracted) one, with its attachments. */
    CaseStudyRevision startRevision(CaseStudy caseStudy, long by, Instant now) {
        Long liveId = caseStudy.publishedRevisionId();
        if (liveId == null || caseStudy.status() == CaseStudyStatus.REJECTED) {
            throw new Refused("", "case-study.not-editable");
        }
        CaseStudyRevision live = revisions.findById(liveId).orElseThrow();
        CaseStudyRevision next = revisions.saveAndFlush(live.next(revisions.lastNumber(caseStudy.id()) + 1,
                List.of(), by, now));
        records.copyAttachments(liveId, next.id());
        caseStudy.startWorking(next.id());
        return next;
    }
}
