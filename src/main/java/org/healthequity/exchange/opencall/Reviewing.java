package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * A reviewer's side: their assignments, scoring each rubric criterion with a comment, declaring a conflict of interest.
 * A reviewer reads and writes only their own reviews, and sees the others' scores only after submitting their own.
 */
@Service
@Validated
public class Reviewing {

    static final String REVIEWERS = "hasAnyRole('STEERING_COMMITTEE', 'SECRETARIAT', 'ADMIN')";

    private final CallReviewRepository reviews;
    private final CallApplicationRepository applications;
    private final ApplicationVersionRepository versions;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final AuditLog audit;
    private final Clock clock;

    Reviewing(CallReviewRepository reviews, CallApplicationRepository applications,
            ApplicationVersionRepository versions, CallRecords records, MemberContacts contacts, AuditLog audit,
            Clock clock) {
        this.reviews = reviews;
        this.applications = applications;
        this.versions = versions;
        this.records = records;
        this.contacts = contacts;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's review assignments, the newest first. */
    @PreAuthorize(REVIEWERS)
    @Transactional(readOnly = true)
    public List<ReviewTask> myReviews() {
        List<CallReview> mine = reviews.findByReviewerIdOrderByAssignedAtDesc(CurrentUser.require().accountId());
        Map<Long, CallApplication> byId = new HashMap<>();
        applications.findAllById(mine.stream().map(CallReview::applicationId).toList())
                .forEach(a -> byId.put(a.id(), a));
        Map<Long, OpenCall> calls = records.calls(byId.values().stream().map(CallApplication::callId).toList());
        return mine.stream().map(r -> {
            CallApplication a = byId.get(r.applicationId());
            OpenCall call = calls.get(a.callId());
            return new ReviewTask(r.id(), a.id(), CallRecords.summary(call),
                    BlindReview.institution(call.definition(), a.id(), a.institutionName()),
                    a.country(), r.status(), r.assignedAt(), r.submittedAt(), r.round(),
                    r.round() == a.answersVersion());
        }).toList();
    }

    /**
     * The caller's review with the submitted application; the other reviewers' submitted reviews only once the
     * caller's own is submitted. Anyone else's review is refused (and audited). Once the reviewer declared a conflict
     * of interest the application's answers and files are withheld, as its file downloads are; the questions the call
     * hides from reviewers are never in the sheet (ADR 0033).
     */
    @PreAuthorize(REVIEWERS)
    @Transactional(readOnly = true)
    public ReviewSheet sheet(long reviewId) {
        CallReview review = mine(reviewId);
        CallApplication application = applications.findById(review.applicationId()).orElseThrow();
        OpenCall call = records.call(application.callId());
        if (review.status() == ReviewStatus.CONFLICT) {
            return new ReviewSheet(review.id(), review.version(), application.id(), CallRecords.summary(call),
                    call.definition().forReviewers(),
                    BlindReview.institution(call.definition(), application.id(), application.institutionName()),
                    application.institutionType(), application.country(), Answers.none(), List.of(), review.status(), review.scores(),
                    review.conflictReason(), List.of(), review.round(), application.answersVersion());
        }
        List<PeerReview> peers = new ArrayList<>();
        if (review.status() == ReviewStatus.SUBMITTED) {
            List<CallReview> others = reviews.findByApplicationId(application.id()).stream()
                    .filter(r -> r.status() == ReviewStatus.SUBMITTED && !r.id().equals(review.id())
                            && r.round() == review.round()).toList();
            Map<Long, String> names = contacts.names(others.stream().map(CallReview::reviewerId).toList());
            others.forEach(r -> peers.add(new PeerReview(names.getOrDefault(r.reviewerId(), ""), r.scores(),
                    ReviewMath.weightedTotal(call.definition().rubric(), r.scores()))));
        }
        Answers answers = answersReviewed(application, review);
        Set<String> hidden = call.definition().hiddenQuestions();
        return new ReviewSheet(review.id(), review.version(), application.id(), CallRecords.summary(call),
                call.definition().forReviewers(),
                BlindReview.institution(call.definition(), application.id(), application.institutionName()),
                application.institutionType(), application.country(), BlindReview.answers(answers, hidden),
                BlindReview.files(records.files(application.id()), hidden), review.status(), review.scores(),
                review.conflictReason(), peers, review.round(), application.answersVersion());
    }

    /**
     * Saves scores in progress; values outside a criterion's scale are refused.
     *
     * @throws ChangedMeanwhile when the review was saved elsewhere since {@code loadedVersion}
     */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public long saveScores(long reviewId, long loadedVersion, @NotNull Scores scores) {
        CallReview review = mine(reviewId);
        OpenCall call = callOf(review, false);
        check(call.definition().rubric(), scores, false);
        if (review.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        review.saveScores(scores);
        return flushed(review);
    }

    /** Submits the review: every criterion scored within its scale and commented. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public long submit(long reviewId, long loadedVersion, @NotNull Scores scores) {
        CallReview review = mine(reviewId);
        OpenCall call = callOf(review, true);
        check(call.definition().rubric(), scores, true);
        if (review.version() != loadedVersion) {
            throw new ChangedMeanwhile();
        }
        review.saveScores(scores);
        review.submit(clock.instant());
        audit.record("review.submit", "call_review", reviewId, AuditOutcome.SUCCESS, null);
        return flushed(review);
    }

    /** Declares a conflict of interest: the review is set aside and the secretariat assigns someone else. */
    @PreAuthorize(REVIEWERS)
    @Transactional
    public void declareConflict(long reviewId, String reason) {
        CallReview review = mine(reviewId);
        callOf(review, false);
        if (reason.length() > CallApplication.REASON_MAX) {
            throw new Refused("conflictReason", "opencall.problem.too-long", CallApplication.REASON_MAX);
        }
        review.declareConflict(reason, clock.instant());
        audit.record("review.conflict", "call_review", reviewId, AuditOutcome.SUCCESS, null);
    }

    static void check(List<Criterion> rubric, Scores scores, boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Criterion criterion : rubric) {
            keys.add(criterion.key());
            Integer value = scores.value(criterion.key());
            FieldProblem offScale = value == null ? null : criterion.scoreProblem(value);
            if (offScale != null) {
                problems.add(offScale);
            } else if (complete && value == null) {
                problems.add(new FieldProblem(criterion.key(), "opencall.problem.score-required"));
            }
            String comment = scores.comment(criterion.key());
            if (comment.length() > Scores.COMMENT_MAX) {
                problems.add(new FieldProblem(criterion.key() + ".comment", "opencall.problem.too-long",
                        Scores.COMMENT_MAX));
            } else if (complete && comment.isBlank()) {
                problems.add(new FieldProblem(criterion.key() + ".comment", "opencall.problem.comment-required"));
            }
        }
        scores.values().keySet().stream().filter(k -> !keys.contains(k)).findFirst()
                .ifPresent(k -> problems.add(new FieldProblem(k, "opencall.problem.unknown-question")));
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /**
     * The review's call, refusing a review whose round is over; submitting locks the application, so that a review of
     * the round before cannot slip in while the revised version is resubmitted.
     */
    private OpenCall callOf(CallReview review, boolean lock) {
        CallApplication application = (lock ? applications.lockById(review.applicationId())
                : applications.findById(review.applicationId())).orElseThrow();
        review.requireRound(application.answersVersion());
        return records.call(application.callId());
    }

    /** The answers the review's round reviews: the submitted ones, or for an earlier round that version's. */
    private Answers answersReviewed(CallApplication application, CallReview review) {
        if (review.round() != application.answersVersion()) {
            return versions.findByApplicationIdOrderByNumberAsc(application.id()).stream()
                    .filter(v -> v.number() == review.round()).findFirst().map(ApplicationVersion::answers)
                    .orElse(Answers.none());
        }
        return application.submittedAnswers() == null ? Answers.none() : application.submittedAnswers();
    }

    private CallReview mine(long reviewId) {
        long me = CurrentUser.require().accountId();
        return reviews.findById(reviewId).filter(r -> r.reviewerId() == me).orElseThrow(() -> {
            audit.recordIndependently(CurrentUser.actorName(), "review.read", "call_review", reviewId,
                    AuditOutcome.DENIED, null);
            return new AccessDeniedException("Not your review");
        });
    }

    private long flushed(CallReview review) {
        try {
            reviews.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new ChangedMeanwhile();
        }
        return review.version();
    }
}
