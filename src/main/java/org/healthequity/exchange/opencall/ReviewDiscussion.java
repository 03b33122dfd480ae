package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.member.MemberContacts;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.text.RichText;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reviewers' discussion of an application: once every review of its current round is in (conflicts aside), its
 * reviewers see each other's scores and discuss it in a thread private to them, the secretariat and the call's
 * committee chair. Anyone else, and a reviewer before the reviews are all in, is refused here whatever a page shows.
 */
@Service
public class ReviewDiscussion {

    /** The longest post; the migration's column has the same length. */
    public static final int POST_MAX = 4000;

    private final CallApplicationRepository applications;
    private final CallReviewRepository reviews;
    private final ReviewPostRepository posts;
    private final CommitteeChairRepository chairs;
    private final CallRecords records;
    private final MemberContacts contacts;
    private final CallMails mails;
    private final AuditLog audit;
    private final Clock clock;

    ReviewDiscussion(CallApplicationRepository applications, CallReviewRepository reviews, ReviewPostRepository posts,
            CommitteeChairRepository chairs, CallRecords records, MemberContacts contacts, CallMails mails,
            AuditLog audit, Clock clock) {
        this.applications = applications;
        this.reviews = reviews;
        this.posts = posts;
        this.chairs = chairs;
        this.records = records;
        this.contacts = contacts;
        this.mails = mails;
        this.audit = audit;
        this.clock = clock;
    }

    /** The thread with every reviewer's scores of the current round, the oldest post first. */
    @PreAuthorize(Reviewing.REVIEWERS)
    @Transactional(readOnly = true)
    public DiscussionThread thread(long applicationId) {
        Participants participants = participants(applicationId);
        CallApplication application = participants.application();
        OpenCall call = records.call(application.callId());
        List<ReviewPost> all = posts.findByApplicationIdOrderByPostedAtAscIdAsc(applicationId);
        Set<Long> people = new HashSet<>();
        participants.reviews().forEach(r -> people.add(r.reviewerId()));
        all.forEach(p -> people.add(p.authorId()));
        Map<Long, String> names = contacts.names(people);
        List<DiscussionThread.PeerScores> scores = participants.reviews().stream()
                .filter(r -> r.status() == ReviewStatus.SUBMITTED)
                .map(r -> new DiscussionThread.PeerScores(names.getOrDefault(r.reviewerId(), ""), r.scores(),
                        ReviewMath.weightedTotal(call.definition().rubric(), r.scores())))
                .toList();
        return new DiscussionThread(applicationId,
                BlindReview.institution(call.definition(), application, CurrentUser.require()), call.title(),
                call.definition().forReviewers(),
                application.answersVersion(), participants.open(), scores, all.stream()
                        .map(p -> new DiscussionThread.Post(names.getOrDefault(p.authorId(), ""), p.round(),
                                RichText.toSafeHtml(p.body()), p.postedAt()))
                        .toList());
    }

    /**
     * Adds a post (cleaned of markup as group posts are) and mails the application's other reviewers and the chair.
     * Refused before the reviews are all in; a blank or too long post is refused next to its field.
     */
    @PreAuthorize(Reviewing.REVIEWERS)
    @Transactional
    public void post(long applicationId, String body) {
        Participants participants = participants(applicationId);
        if (!participants.open()) {
            throw new Refused("", "opencall.problem.discussion-not-open");
        }
        String text = body == null ? "" : RichText.clean(body);
        if (text.isBlank()) {
            throw new Refused("body", "opencall.problem.post-required");
        }
        if (text.length() > POST_MAX) {
            throw new Refused("body", "opencall.problem.too-long", POST_MAX);
        }
        ExchangeUser me = CurrentUser.require();
        CallApplication application = participants.application();
        Instant now = clock.instant();
        posts.save(new ReviewPost(applicationId, application.answersVersion(), me.accountId(), text, now));
        OpenCall call = records.call(application.callId());
        Set<Long> others = new HashSet<>();
        participants.reviews().forEach(r -> others.add(r.reviewerId()));
        participants.chair().ifPresent(others::add);
        others.remove(me.accountId());
        contacts.recipients(others).values().forEach(r -> mails.discussionPost(r.email(), r.language(),
                r.displayName(), me.displayName(),
                BlindReview.institution(call.definition(), application.id(), application.institutionName()), call,
                applicationId));
        audit.record("review.discussion.post", "call_application", applicationId, AuditOutcome.SUCCESS,
                "round " + application.answersVersion());
    }

    /**
     * Who takes part: the secretariat, the call's chair and the reviewers of the current round who did not declare a
     * conflict; the thread is open once each of those reviews is submitted. Others are refused and audited.
     */
    private Participants participants(long applicationId) {
        ExchangeUser me = CurrentUser.require();
        CallApplication application = applications.findById(applicationId).orElse(null);
        if (application == null) {
            throw denied(me, applicationId);
        }
        List<CallReview> active = reviews.findByApplicationIdAndRound(applicationId, application.answersVersion())
                .stream().filter(r -> r.status() != ReviewStatus.CONFLICT).toList();
        Optional<Long> chair = chairs.findById(application.callId()).map(CommitteeChair::chairId);
        boolean open = !active.isEmpty() && active.stream().allMatch(r -> r.status() == ReviewStatus.SUBMITTED);
        boolean reviewer = active.stream().anyMatch(r -> r.reviewerId() == me.accountId());
        boolean isChair = chair.filter(c -> c == me.accountId()).isPresent();
        if (!me.isStaff() && !reviewer && !isChair) {
            throw denied(me, applicationId);
        }
        if (!open && !me.isStaff()) {
            throw new Refused("", "opencall.problem.discussion-not-open");
        }
        return new Participants(application, active, chair, open);
    }

    private AccessDeniedException denied(ExchangeUser me, long applicationId) {
        audit.recordIndependently(me.getUsername(), "review.discussion.read", "call_application", applicationId,
                AuditOutcome.DENIED, null);
        return new AccessDeniedException("Not a discussion you take part in");
    }

    private record Participants(CallApplication application, List<CallReview> reviews,
            Optional<Long> chair, boolean open) {
    }
}
