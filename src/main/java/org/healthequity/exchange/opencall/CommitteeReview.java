package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Reviewer;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee chair of a call (named by the secretariat from the network's steering committee), the chair's
 * meta-review of each application once its reviews are in, and the one-page decision summary the secretariat and the
 * chair read before deciding.
 */
@Service
public class CommitteeReview {

    /** The longest meta-review; the migration's column has the same length. */
    public static final int META_REVIEW_MAX = 8000;

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final CommitteeChairRepository chairs;
    private final MetaReviewRepository metaReviews;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    CommitteeReview(CallApplicationRepository applications, CallReviewRepository reviews,
            CommitteeChairRepository chairs, MetaReviewRepository metaReviews, CallRecords records,
            MemberContacts contacts, CallMails mails, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.chairs = chairs;
        this.metaReviews = metaReviews;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The network's steering committee as candidates for the call's chair, the chair now marked. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ChairCandidate> chairCandidates(long callId) {
        OpenCall call = records.call(callId);
        Optional<Long> chair = chairs.findById(callId).map(CommitteeChair::chairId);
        return contacts.steeringCommittee(call.network()).stream()
                .map(r -> new ChairCandidate(r.accountId(), r.displayName(),
                        chair.filter(c -> c == r.accountId()).isPresent()))
                .toList();
    }

    /** A possible committee chair: a member of the call's steering committee. */
    public record ChairCandidate(long accountId, String displayName, boolean chair) {
    }

    /** Names the call's committee chair (one per call, replacing the one before), who is mailed. */
    @StaffOnly
    @Transactional
    public void nameChair(long callId, long accountId) {
        OpenCall call = records.call(callId);
        boolean member = contacts.steeringCommittee(call.network()).stream().map(Reviewer::accountId)
                .anyMatch(id -> id == accountId);
        if (!member) {
            throw new Refused("chair", "opencall.problem.not-reviewer");
        }
        long me = CurrentUser.require().accountId();
        Instant now = clock.instant();
        chairs.findById(callId).ifPresentOrElse(c -> c.name(accountId, me, now),
                () -> chairs.save(new CommitteeChair(callId, accountId, me, now)));
        chairs.flush();
        var recipient = contacts.recipients(List.of(accountId)).get(accountId);
        if (recipient != null) {
            mails.chairNamed(recipient.email(), recipient.language(), recipient.displayName(), call);
        }
        audit.record("call.chair", "open_call", callId, AuditOutcome.SUCCESS, "chair " + accountId);
    }

    /**
     * The decision summary: the current round's weighted total and its spread (lowest and highest reviewer's total),
     * each criterion's scores and comments by reviewer, and the chair's meta-review. For the secretariat at any time,
     * for the call's chair once the round's reviews are all in; anyone else is refused and audited.
     */
    @PreAuthorize(Reviewing.REVIEWERS)
    @Transactional(readOnly = true)
    public DecisionSummary summary(long applicationId) {
        Access access = access(applicationId);
        CallApplication application = access.application();
        OpenCall call = records.call(application.callId());
        List<Criterion> rubric = call.definition().rubric();
        List<CallReview> submitted = access.reviews().stream().filter(r -> r.status() == ReviewStatus.SUBMITTED)
                .toList();
        Map<Long, String> names = contacts.names(submitted.stream().map(CallReview::reviewerId).toList());
        List<DecisionSummary.CriterionRow> criteria = new ArrayList<>();
        Map<String, RankedApplication.CriterionStats> stats = ReviewMath.criteria(rubric,
                submitted.stream().map(CallReview::scores).toList());
        for (Criterion criterion : rubric) {
            List<DecisionSummary.Mark> marks = submitted.stream()
                    .filter(r -> r.scores().value(criterion.key()) != null)
                    .map(r -> new DecisionSummary.Mark(names.getOrDefault(r.reviewerId(), ""),
                            r.scores().value(criterion.key()), r.scores().comment(criterion.key())))
                    .toList();
            criteria.add(new DecisionSummary.CriterionRow(criterion, stats.get(criterion.key()), marks));
        }
        DoubleSummaryStatistics totals = submitted.stream()
                .map(r -> ReviewMath.weightedTotal(rubric, r.scores())).filter(Objects::nonNull)
                .mapToDouble(Double::doubleValue).summaryStatistics();
        Optional<MetaReview> meta = metaReviews.findByApplicationIdAndRound(applicationId,
                application.answersVersion());
        DecisionSummary.MetaReviewText metaReview = meta.map(m -> new DecisionSummary.MetaReviewText(
                contacts.names(List.of(m.chairId())).getOrDefault(m.chairId(), ""), m.text(), m.recommendation(),
                m.writtenAt(), m.version())).orElse(null);
        return new DecisionSummary(applicationId,
                BlindReview.institution(call.definition(), application, CurrentUser.require()), application.country(),
                call.title(), application.status(), application.answersVersion(),
                ReviewMath.meanTotal(rubric, submitted.stream().map(CallReview::scores).toList()),
                totals.getCount() == 0 ? null : totals.getMin(), totals.getCount() == 0 ? null : totals.getMax(),
                submitted.size(), access.complete(), criteria, metaReview, access.chair());
    }

    /**
     * Writes or rewrites the chair's meta-review of the application's current round, once its reviews are all in:
     * only the call's chair may. {@code loadedVersion} is the version read, or -1 for a first meta-review.
     *
     * @throws ChangedMeanwhile when someone wrote the meta-review since it was read; what was typed stays in the form
     */
    @PreAuthorize(Reviewing.REVIEWERS)
    @Transactional
    public long writeMetaReview(long applicationId, long loadedVersion, String text,
            @Nullable Decision recommendation) {
        Access access = access(applicationId);
        if (!access.chair()) {
            audit.recordIndependently(CurrentUser.actorName(), "review.meta-review", "call_application",
                    applicationId, AuditOutcome.DENIED, null);
            throw new AccessDeniedException("Only the committee chair writes the meta-review");
        }
        if (!access.complete()) {
            throw new Refused("", "opencall.problem.discussion-not-open");
        }
        String stripped = text == null ? "" : text.strip();
        if (stripped.isEmpty()) {
            throw new Refused("text", "opencall.problem.meta-review-required");
        }
        if (stripped.length() > META_REVIEW_MAX) {
            throw new Refused("text", "opencall.problem.too-long", META_REVIEW_MAX);
        }
        if (recommendation == null) {
            throw new Refused("recommendation", "opencall.problem.recommendation-required");
        }
        CallApplication application = access.application();
        long me = CurrentUser.require().accountId();
        Instant now = clock.instant();
        Optional<MetaReview> existing = metaReviews.findByApplicationIdAndRound(applicationId,
                application.answersVersion());
        if (existing.map(MetaReview::version).orElse(-1L) != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        MetaReview meta = existing.orElseGet(() -> new MetaReview(applicationId, application.answersVersion(), me,
                stripped, recommendation, now));
        meta.rewrite(me, stripped, recommendation, now);
        try {
            meta = metaReviews.saveAndFlush(meta);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new ChangedMeanwhile();
        }
        audit.record("review.meta-review", "call_application", applicationId, AuditOutcome.SUCCESS,
                "round " + application.answersVersion() + ", " + recommendation.name());
        return meta.version();
    }

    /** The staff, or the call's chair once the current round's reviews are all in; others refused and audited. */
    private Access access(long applicationId) {
        ExchangeUser me = CurrentUser.require();
        CallApplication application = applications.findById(applicationId).orElse(null);
        boolean chair = application != null && chairs.findById(application.callId())
                .filter(c -> c.chairId() == me.accountId()).isPresent();
        if (application == null || !me.isStaff() && !chair) {
            audit.recordIndependently(me.getUsername(), "review.summary.read", "call_application", applicationId,
                    AuditOutcome.DENIED, null);
            throw new AccessDeniedException("Not the secretariat nor the committee chair");
        }
        List<CallReview> active = reviews.findByApplicationIdAndRound(applicationId, application.answersVersion())
                .stream().filter(r -> r.status() != ReviewStatus.CONFLICT).toList();
        boolean complete = !active.isEmpty() && active.stream().allMatch(r -> r.status() == ReviewStatus.SUBMITTED);
        if (!me.isStaff() && !complete) {
            throw new Refused("", "opencall.problem.discussion-not-open");
        }
        return new Access(application, active, complete, chair);
    }

    private record Access(CallApplication application, List<CallReview> reviews, boolean complete, boolean chair) {
    }
}
