package org.healthequity.exchange.casestudy;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.healthequity.exchange.moderation.ModeratedContent;
import org.healthequity.exchange.moderation.ModerationRequest;
import org.healthequity.exchange.search.SearchableChanged;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Case studies in the moderation queue: the queue's decisions applied to the workflow, in the queue's transaction. The
 * queue checked that the caller is of the secretariat before calling.
 */
@Component
class CaseStudyModeration implements ModeratedContent {

    private final CaseStudyRepository caseStudies;
    private final CaseStudyRevisionRepository revisions;
    private final CaseStudyRecords records;
    private final HarvestRows harvest;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Publication publication;
    private final ClearanceRequests clearances;

    CaseStudyModeration(CaseStudyRepository caseStudies, CaseStudyRevisionRepository revisions,
            CaseStudyRecords records, HarvestRows harvest, ApplicationEventPublisher events, Clock clock,
            Publication publication, ClearanceRequests clearances) {
        this.publication = publication;
        this.clearances = clearances;
        this.caseStudies = caseStudies;
        this.revisions = revisions;
        this.records = records;
        this.harvest = harvest;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public String type() {
        return CaseStudyAuthoring.TYPE;
    }

    @Override
    public String typeMessageKey() {
        return "moderation.type.case-study";
    }

    @Override
    public String reviewLink(long contentId, @Nullable Long revisionId) {
        return "case-studies/" + contentId + "/versions" + (revisionId == null ? "" : "?revision=" + revisionId);
    }

    @Override
    public String publicLink(long contentId) {
        return "case-studies/" + contentId;
    }

    @Override
    public void approve(long contentId, @Nullable Long revisionId, long moderatorId) {
        guarded(() -> publish(contentId, revisionId));
    }

    /** Publishes the approved revision, unless countries it names must clear it first (ADR 0032). */
    private void publish(long contentId, @Nullable Long revisionId) {
        CaseStudy caseStudy = lockedWorkingOn(contentId, revisionId);
        CaseStudyRevision working = revisions.findById(Objects.requireNonNull(revisionId)).orElseThrow();
        if (clearances.requestIfNeeded(caseStudy, working)) {
            return;
        }
        working.publish(clock.instant());
        publication.goLive(caseStudy, working);
    }

    @Override
    public String approvalTemplate(long contentId) {
        boolean waiting = caseStudies.findById(contentId).map(CaseStudy::workingRevisionId).flatMap(revisions::findById)
                .filter(r -> r.status() == RevisionStatus.AWAITING_CLEARANCE).isPresent();
        return waiting ? "moderation-approved-clearance" : ModeratedContent.super.approvalTemplate(contentId);
    }

    @Override
    public void returnToAuthor(long contentId, @Nullable Long revisionId, String comment, long moderatorId) {
        guarded(() -> {
            CaseStudy caseStudy = lockedWorkingOn(contentId, revisionId);
            revisions.findById(Objects.requireNonNull(revisionId)).orElseThrow().returnToAuthor(comment,
                    clock.instant());
            caseStudy.returned();
        });
    }

    @Override
    public void reject(long contentId, @Nullable Long revisionId, String reason, long moderatorId) {
        guarded(() -> {
            CaseStudy caseStudy = lockedWorkingOn(contentId, revisionId);
            revisions.findById(Objects.requireNonNull(revisionId)).orElseThrow().reject(reason, clock.instant());
            caseStudy.rejected();
        });
    }

    @Override
    public void retract(long contentId, String reason, long moderatorId) {
        guarded(() -> {
            CaseStudy caseStudy = caseStudies.lockById(contentId).orElseThrow(CaseStudy::notAllowed);
            caseStudy.retracted(clock.instant());
            harvest.familyChanged(contentId, clock.instant());
            events.publishEvent(new SearchableChanged(type(), contentId));
        });
    }

    /** A workflow step the case study no longer allows (it changed since the item was queued) is the queue's problem. */
    private static void guarded(Runnable step) {
        try {
            step.run();
        } catch (Refused e) {
            throw new Refused("moderation.content-changed");
        }
    }

    @Override
    public Optional<ModerationRequest> describePublished(long contentId) {
        return caseStudies.findById(contentId).filter(c -> c.status() == CaseStudyStatus.PUBLISHED).flatMap(c -> {
            CaseStudyRevision live = revisions.findById(Objects.requireNonNull(c.publishedRevisionId())).orElseThrow();
            List<Long> authors = records.authorIds(contentId);
            if (authors.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ModerationRequest(type(), contentId, live.id(), live.title(), live.network(),
                    live.language(), authors.getFirst()));
        });
    }

    /** The case study, locked, provided the revision decided is still the one under way (else the decision is stale). */
    private CaseStudy lockedWorkingOn(long contentId, @Nullable Long revisionId) {
        CaseStudy caseStudy = caseStudies.lockById(contentId).orElseThrow(CaseStudy::notAllowed);
        if (revisionId == null || !revisionId.equals(caseStudy.workingRevisionId())) {
            throw CaseStudy.notAllowed();
        }
        return caseStudy;
    }
}
