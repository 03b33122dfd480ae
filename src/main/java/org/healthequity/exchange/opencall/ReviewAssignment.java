package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.member.MemberContacts.Reviewer;
import org.healthequity.exchange.member.ReviewerProfiles;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat's side of review: screening submissions, assigning steering-committee reviewers (at least
 * {@value #REVIEWERS_PER_APPLICATION} per application, suggested by the overlap of the application's topics with their
 * expertise, then by load, free of conflicts of interest and of the people the applicant excluded; a detected conflict
 * or an exclusion refused unless overridden with a reason, which is audited) and reminding late reviewers.
 */
@Service
public class ReviewAssignment {

    public static final int REVIEWERS_PER_APPLICATION = 2;
    /** The longest screening reason, override reason or decision note kept. */
    public static final int REASON_MAX = CallApplication.REASON_MAX;

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final ReviewerProfiles profiles;
    private final MatchingRows matching;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration lateAfter;

    ReviewAssignment(CallApplicationRepository applications, CallReviewRepository reviews, CallRecords records,
            MemberContacts contacts, ReviewerProfiles profiles, MatchingRows matching, CallMails mails, AuditLog audit,
            Clock clock, OpenCallSettings settings) {
        this.profiles = profiles;
        this.matching = matching;
        this.applications = applications;
        this.reviews = reviews;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
        this.lateAfter = settings.reviewLateAfter();
    }

    /**
     * The call's applications that were submitted (drafts stay private to their applicants), with screening,
     * reviewers, weighted totals and rank: a fixed number of queries whatever the number of applications.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ApplicationRow> applications(long callId) {
        OpenCall call = records.call(callId);
        List<CallApplication> submitted = submitted(callId);
        List<CallReview> all = ReviewRounds.currentWithConflicts(reviews.findByApplicationIdIn(submitted.stream()
                .map(CallApplication::id).toList()), submitted);
        Set<Long> people = new HashSet<>();
        submitted.forEach(a -> people.add(a.applicantId()));
        all.forEach(r -> people.add(r.reviewerId()));
        Map<Long, String> names = contacts.names(people);
        Map<Long, List<CallReview>> byApplication = new HashMap<>();
        all.forEach(r -> byApplication.computeIfAbsent(r.applicationId(), k -> new ArrayList<>()).add(r));
        Instant now = clock.instant();
        Map<Long, Double> totals = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        for (CallApplication a : submitted) {
            List<Scores> done = byApplication.getOrDefault(a.id(), List.of()).stream()
                    .filter(r -> r.status() == ReviewStatus.SUBMITTED).map(CallReview::scores).toList();
            counts.put(a.id(), done.size());
            Double total = ReviewMath.meanTotal(call.definition().rubric(), done);
            if (total != null) {
                totals.put(a.id(), total);
            }
        }
        Map<Long, Integer> ranks = ranks(totals);
        return submitted.stream().map(a -> new ApplicationRow(a.id(), names.getOrDefault(a.applicantId(), ""),
                a.institutionName(), a.institutionType(), a.country(), a.region(), a.status(), a.screening(),
                a.screeningReason(), a.submittedAt(), byApplication.getOrDefault(a.id(), List.of()).stream()
                        .map(r -> new ReviewerSlot(r.id(), r.reviewerId(), names.getOrDefault(r.reviewerId(), ""),
                                r.status(), r.conflictReason(), r.overrideReason(), late(r, now)))
                        .toList(), totals.get(a.id()), counts.get(a.id()), ranks.getOrDefault(a.id(), 0)))
                .toList();
    }

    /** Ranks by total, highest first; equal totals share a rank (1, 2, 2, 4). */
    static Map<Long, Integer> ranks(Map<Long, Double> totals) {
        List<Map.Entry<Long, Double>> ordered = new ArrayList<>(totals.entrySet());
        ordered.sort(Map.Entry.<Long, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<Long, Integer> ranks = new HashMap<>();
        for (int i = 0; i < ordered.size(); i++) {
            boolean tie = i > 0 && ordered.get(i).getValue().equals(ordered.get(i - 1).getValue());
            ranks.put(ordered.get(i).getKey(), tie ? ranks.get(ordered.get(i - 1).getKey()) : i + 1);
        }
        return ranks;
    }

    /** A submitted application to read before screening and deciding; drafts stay private to their applicants. */
    @StaffOnly
    @Transactional(readOnly = true)
    public SubmittedApplication application(long applicationId) {
        CallApplication a = find(applicationId);
        if (a.submittedAnswers() == null) {
            throw new Refused("", "opencall.problem.not-submitted");
        }
        OpenCall call = records.call(a.callId());
        return new SubmittedApplication(a.id(), call.definition(),
                contacts.names(List.of(a.applicantId())).getOrDefault(a.applicantId(), ""), a.institutionName(),
                a.institutionType(), a.country(), a.status(), a.submittedAnswers(), records.files(a.id()),
                a.submittedAt());
    }

    /** Screens a submitted application: eligible, or not with a reason (the applicant sees the reason). */
    @StaffOnly
    @Transactional
    public void screen(long applicationId, boolean eligible, @Nullable String reason) {
        CallApplication application = find(applicationId);
        if (reason != null && reason.length() > CallApplication.REASON_MAX) {
            throw new Refused("reason", "opencall.problem.too-long", CallApplication.REASON_MAX);
        }
        application.screen(eligible, reason, clock.instant());
        audit.record("application.screen", "call_application", applicationId, AuditOutcome.SUCCESS,
                eligible ? "eligible" : "ineligible");
    }

    /**
     * The network's steering committee as candidate reviewers for one application: each with their load in this
     * call and any conflict detected; the suggestion fills the free places with the least loaded conflict-free ones.
     */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<ReviewerOption> reviewerOptions(long applicationId) {
        CallApplication application = find(applicationId);
        OpenCall call = records.call(application.callId());
        List<Reviewer> committee = contacts.steeringCommittee(call.network());
        return options(application, ReviewRounds.currentWithConflicts(reviews.findByApplicationId(applicationId),
                List.of(application)), committee, loads(callReviews(call.id())), matching.of(applicationId),
                expertise(committee));
    }

    /** Whether the applicant gave the application topics; without any the committee is ranked by load alone. */
    @StaffOnly
    @Transactional(readOnly = true)
    public boolean topicsGiven(long applicationId) {
        return !matching.of(find(applicationId).id()).topics().isEmpty();
    }

    /**
     * The options for one application, from what the caller loaded once for the whole call: ranked by the overlap of
     * the application's topics with each reviewer's expertise, then by load (ADR 0033).
     */
    private List<ReviewerOption> options(CallApplication application, List<CallReview> existing,
            List<Reviewer> steeringCommittee, Map<Long, Integer> loads, MatchingRows.Matching matching,
            Map<Long, Set<String>> expertise) {
        Map<Long, CallReview> byReviewer = new HashMap<>();
        existing.forEach(r -> byReviewer.put(r.reviewerId(), r));
        long active = existing.stream().filter(r -> r.status() != ReviewStatus.CONFLICT).count();
        int free = (int) Math.max(0, REVIEWERS_PER_APPLICATION - active);
        List<ReviewerRanking.Candidate> candidates = new ArrayList<>();
        for (Reviewer reviewer : steeringCommittee) {
            CallReview review = byReviewer.get(reviewer.accountId());
            candidates.add(new ReviewerRanking.Candidate(reviewer.accountId(), reviewer.displayName(),
                    reviewer.institution(), reviewer.country(), expertise.getOrDefault(reviewer.accountId(), Set.of()),
                    loads.getOrDefault(reviewer.accountId(), 0), conflict(reviewer, application, review),
                    review != null && review.status() != ReviewStatus.CONFLICT,
                    matching.suggested().contains(reviewer.accountId()),
                    matching.excluded().get(reviewer.accountId())));
        }
        return ReviewerRanking.rank(matching.topics(), candidates, free);
    }

    private Map<Long, Set<String>> expertise(List<Reviewer> committee) {
        return profiles.expertise(committee.stream().map(Reviewer::accountId).toList());
    }

    /** The conflict of interest between a reviewer and an application (bundle key), or null. */
    static @Nullable String conflict(Reviewer reviewer, CallApplication application, @Nullable CallReview review) {
        if (reviewer.accountId() == application.applicantId()) {
            return "opencall.conflict.self";
        }
        if (review != null && review.status() == ReviewStatus.CONFLICT) {
            return "opencall.conflict.declared";
        }
        if (reviewer.institution() != null && reviewer.institution().strip().toLowerCase(Locale.ROOT)
                .equals(application.institutionName().strip().toLowerCase(Locale.ROOT))) {
            return "opencall.conflict.institution";
        }
        if (application.country().equals(reviewer.country())) {
            return "opencall.conflict.country";
        }
        return null;
    }

    /**
     * Assigns a reviewer from the network's steering committee. A detected conflict of interest is refused unless the
     * secretariat gives a reason to override it, which the audit log keeps; a conflict the reviewer declared, or
     * reviewing one's own application, is never overridden.
     */
    @StaffOnly
    @Transactional
    public long assign(long applicationId, long reviewerId, @Nullable String overrideReason) {
        CallApplication application = find(applicationId);
        if (application.status() != ApplicationStatus.SUBMITTED || !"ELIGIBLE".equals(application.screening())) {
            throw new Refused("", "opencall.problem.screen-first");
        }
        OpenCall call = records.call(application.callId());
        Reviewer reviewer = contacts.steeringCommittee(call.network()).stream()
                .filter(r -> r.accountId() == reviewerId).findFirst()
                .orElseThrow(() -> new Refused("reviewer", "opencall.problem.not-reviewer"));
        CallReview existing = reviews.findByApplicationIdAndRoundAndReviewerId(applicationId,
                application.answersVersion(), reviewerId)
                .or(() -> reviews.findFirstByApplicationIdAndReviewerIdOrderByRoundDesc(applicationId, reviewerId)
                        .filter(r -> r.status() == ReviewStatus.CONFLICT))
                .orElse(null);
        if (existing != null && existing.status() != ReviewStatus.CONFLICT) {
            throw new Refused("reviewer", "opencall.problem.already-assigned");
        }
        String conflict = conflict(reviewer, application, existing);
        if (conflict == null && matching.of(applicationId).excluded().containsKey(reviewerId)) {
            conflict = ReviewerRanking.EXCLUDED;
        }
        boolean override = overrideReason != null && !overrideReason.isBlank();
        if (conflict != null && (!override || conflict.equals("opencall.conflict.self")
                || conflict.equals("opencall.conflict.declared"))) {
            audit.recordIndependently(CurrentUser.actorName(), "review.assign", "call_application", applicationId,
                    AuditOutcome.DENIED, conflict + " reviewer " + reviewerId);
            throw new Refused("reviewer", conflict);
        }
        if (override && overrideReason.length() > CallApplication.REASON_MAX) {
            throw new Refused("overrideReason", "opencall.problem.too-long", CallApplication.REASON_MAX);
        }
        CallReview review = reviews.save(new CallReview(applicationId, application.answersVersion(), reviewerId,
                conflict == null ? null : overrideReason.strip(), CurrentUser.require().accountId(),
                clock.instant()));
        audit.record(conflict == null ? "review.assign" : "review.assign.override", "call_application",
                applicationId, AuditOutcome.SUCCESS, "reviewer " + reviewerId
                        + (conflict == null ? "" : ", " + conflict + ": " + overrideReason.strip()));
        return review.id();
    }

    /** Assigns the suggested reviewers to every screened-eligible application of the call that lacks them. */
    @StaffOnly
    @Transactional
    public int assignSuggested(long callId) {
        OpenCall call = records.call(callId);
        List<CallApplication> submitted = submitted(callId);
        List<CallReview> existing = ReviewRounds.currentWithConflicts(reviews.findByApplicationIdIn(submitted.stream()
                .map(CallApplication::id).toList()), submitted);
        Map<Long, List<CallReview>> byApplication = new HashMap<>();
        existing.forEach(r -> byApplication.computeIfAbsent(r.applicationId(), k -> new ArrayList<>()).add(r));
        List<Reviewer> committee = contacts.steeringCommittee(call.network());
        Map<Long, Integer> loads = loads(existing);
        Map<Long, MatchingRows.Matching> matchings = matching.of(submitted.stream().map(CallApplication::id).toList());
        Map<Long, Set<String>> expertise = expertise(committee);
        int assigned = 0;
        for (CallApplication application : submitted) {
            if (application.status() != ApplicationStatus.SUBMITTED || !"ELIGIBLE".equals(application.screening())) {
                continue;
            }
            for (ReviewerOption option : options(application, byApplication.getOrDefault(application.id(),
                    List.of()), committee, loads, matchings.getOrDefault(application.id(), MatchingRows.Matching.NONE),
                    expertise)) {
                if (option.suggested()) {
                    reviews.save(new CallReview(application.id(), application.answersVersion(), option.accountId(),
                            null, CurrentUser.require().accountId(), clock.instant()));
                    loads.merge(option.accountId(), 1, Integer::sum);
                    assigned++;
                }
            }
        }
        reviews.flush();
        audit.record("review.assign.suggested", "open_call", callId, AuditOutcome.SUCCESS, assigned + " assignments");
        return assigned;
    }

    /** Takes back an assignment whose review is not submitted yet. */
    @StaffOnly
    @Transactional
    public void unassign(long reviewId) {
        CallReview review = reviews.findById(reviewId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        if (review.status() == ReviewStatus.SUBMITTED) {
            throw new Refused("", "opencall.problem.review-closed");
        }
        reviews.delete(review);
        audit.record("review.unassign", "call_application", review.applicationId(), AuditOutcome.SUCCESS,
                "reviewer " + review.reviewerId());
    }

    /**
     * Mails each reviewer who has reviews of this call assigned longer than the late threshold and still open; one
     * mail per reviewer, and not again within a day.
     */
    @StaffOnly
    @Transactional
    public int remindLate(long callId) {
        OpenCall call = records.call(callId);
        Instant now = clock.instant();
        Map<Long, List<CallReview>> late = new HashMap<>();
        callReviews(callId).stream().filter(r -> late(r, now))
                .filter(r -> r.remindedAt() == null || r.remindedAt().isBefore(now.minus(Duration.ofDays(1))))
                .forEach(r -> late.computeIfAbsent(r.reviewerId(), k -> new ArrayList<>()).add(r));
        int sent = 0;
        Map<Long, MemberContacts.Recipient> reviewers = contacts.recipients(late.keySet());
        for (var entry : late.entrySet()) {
            var reviewer = reviewers.get(entry.getKey());
            if (reviewer == null) {
                continue;
            }
            mails.reminder(reviewer.email(), reviewer.language(), reviewer.displayName(), call,
                    entry.getValue().size());
            entry.getValue().forEach(r -> r.reminded(now));
            sent++;
        }
        audit.record("review.remind", "open_call", callId, AuditOutcome.SUCCESS, sent + " reviewers");
        return sent;
    }

    private boolean late(CallReview review, Instant now) {
        return review.status() == ReviewStatus.ASSIGNED && review.assignedAt().plus(lateAfter).isBefore(now);
    }

    /** How many reviews (conflicts aside) each reviewer has among these. */
    private static Map<Long, Integer> loads(List<CallReview> callReviews) {
        Map<Long, Integer> loads = new HashMap<>();
        callReviews.stream().filter(r -> r.status() != ReviewStatus.CONFLICT)
                .forEach(r -> loads.merge(r.reviewerId(), 1, Integer::sum));
        return loads;
    }

    private List<CallReview> callReviews(long callId) {
        List<CallApplication> submitted = submitted(callId);
        return ReviewRounds.currentWithConflicts(reviews.findByApplicationIdIn(submitted.stream().map(CallApplication::id)
                .toList()), submitted);
    }

    private List<CallApplication> submitted(long callId) {
        return applications.findByCallIdAndStatusInOrderByIdAsc(callId, ApplicationStatus.SUBMITTED_STAGES);
    }

    private CallApplication find(long id) {
        return applications.findById(id).orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
    }
}
