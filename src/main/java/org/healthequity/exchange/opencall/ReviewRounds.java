package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review rounds: a review reviews one version of the answers, its round. When a revised application is resubmitted,
 * the reviewers of the round before (conflicts aside) are assigned the new round and mailed; ranking and decisions use
 * the current round, and the earlier rounds stay readable to the secretariat (here) and to their reviewers.
 */
@Service
public class ReviewRounds {

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ReviewRounds(CallApplicationRepository applications, CallReviewRepository reviews, CallRecords records,
            MemberContacts contacts, CallMails mails, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The reviews of the applications' current rounds, among these. */
    static List<CallReview> current(List<CallReview> all, Collection<CallApplication> applications) {
        Map<Long, Integer> rounds = new HashMap<>();
        applications.forEach(a -> rounds.put(a.id(), a.answersVersion()));
        return all.stream().filter(r -> rounds.getOrDefault(r.applicationId(), 1) == r.round()).toList();
    }

    /**
     * The reviews of the applications' current rounds and, for a reviewer without one, a conflict of interest declared
     * in an earlier round: a declared conflict stays one whatever the version.
     */
    static List<CallReview> currentWithConflicts(List<CallReview> all, Collection<CallApplication> applications) {
        List<CallReview> current = current(all, applications);
        Set<String> present = new HashSet<>();
        current.forEach(r -> present.add(r.applicationId() + ":" + r.reviewerId()));
        List<CallReview> result = new ArrayList<>(current);
        all.stream().filter(r -> r.status() == ReviewStatus.CONFLICT)
                .filter(r -> present.add(r.applicationId() + ":" + r.reviewerId())).forEach(result::add);
        return result;
    }

    /**
     * Starts the application's new round (its answers version) as the revised version is resubmitted: the reviewers of
     * the round before who did not declare a conflict are assigned again and mailed; the secretariat may change them as
     * in the first round. Returns how many were assigned.
     */
    int startNext(CallApplication application, OpenCall call) {
        int round = application.answersVersion();
        Instant now = clock.instant();
        List<CallReview> before = reviews.findByApplicationIdAndRound(application.id(), round - 1).stream()
                .filter(r -> r.status() != ReviewStatus.CONFLICT).toList();
        Map<Long, MemberContacts.Recipient> recipients = contacts.recipients(before.stream()
                .map(CallReview::reviewerId).toList());
        for (CallReview earlier : before) {
            CallReview review = reviews.save(new CallReview(application.id(), round, earlier.reviewerId(),
                    earlier.overrideReason(), null, now));
            var reviewer = recipients.get(earlier.reviewerId());
            if (reviewer != null) {
                mails.reviewRound(reviewer.email(), reviewer.language(), reviewer.displayName(), call,
                        BlindReview.institution(call.definition(), application.id(), application.institutionName()),
                        round, review.id());
            }
        }
        audit.record("review.round.start", "call_application", application.id(), AuditOutcome.SUCCESS,
                "round " + round + ", " + before.size() + " reviewers");
        return before.size();
    }

    /** Every round's reviews of a submitted application for the secretariat, the latest round first. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<RoundReview> history(long applicationId) {
        CallApplication application = applications.findById(applicationId)
                .orElseThrow(() -> new Refused("", "opencall.problem.not-found"));
        OpenCall call = records.call(application.callId());
        List<CallReview> all = reviews.findByApplicationId(applicationId);
        Map<Long, String> names = contacts.names(all.stream().map(CallReview::reviewerId).toList());
        return all.stream().sorted(Comparator.comparingInt(CallReview::round).reversed()
                .thenComparing(CallReview::id))
                .map(r -> new RoundReview(r.round(), r.round() == application.answersVersion(), r.reviewerId(),
                        names.getOrDefault(r.reviewerId(), ""), r.status(),
                        r.status() == ReviewStatus.SUBMITTED ? r.scores() : Scores.none(),
                        r.status() == ReviewStatus.SUBMITTED
                                ? ReviewMath.weightedTotal(call.definition().rubric(), r.scores()) : null,
                        r.submittedAt()))
                .toList();
    }

    /** One review of one round: the scores and total once submitted. */
    public record RoundReview(int round, boolean current, long reviewerId, String reviewerName, ReviewStatus status,
            Scores scores, @Nullable Double weightedTotal, @Nullable Instant submittedAt) {
    }
}
