package org.healthequity.exchange.opencall;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.Expertise;
import org.healthequity.exchange.member.ReviewerProfiles;
import org.healthequity.exchange.member.ReviewerProfiles.CommitteeMember;
import org.healthequity.exchange.opencall.MatchingPreferences.Exclusion;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The applicant's side of expertise matching (ADR 0033): the topics of their application and the steering-committee
 * members they suggest or exclude as reviewers, editable while the application accepts changes. Only the applicant
 * and the secretariat (through {@link ReviewAssignment}) ever read them; reviewers never do.
 */
@Service
public class ReviewerMatching {

    private final CallApplicationRepository applications;
    private final CallRecords records;
    private final MatchingRows rows;
    private final ReviewerProfiles profiles;
    private final AuditLog audit;
    private final Clock clock;

    ReviewerMatching(CallApplicationRepository applications, CallRecords records, MatchingRows rows,
            ReviewerProfiles profiles, AuditLog audit, Clock clock) {
        this.applications = applications;
        this.records = records;
        this.rows = rows;
        this.profiles = profiles;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller's application's matching preferences; anyone else's are refused (and audited). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public MatchingPreferences preferences(long applicationId) {
        CallApplication application = mine(applicationId);
        MatchingRows.Matching m = rows.of(applicationId);
        return new MatchingPreferences(applicationId, m.version(),
                editable(application, records.call(application.callId())),
                List.copyOf(m.topics()), List.copyOf(m.suggested()), m.excluded().entrySet().stream()
                        .map(e -> new Exclusion(e.getKey(), e.getValue()))
                        .sorted(Comparator.comparingLong(Exclusion::personId)).toList());
    }

    /** The steering committee of the application's network: the people an applicant may suggest or exclude. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<CommitteeMember> committee(long applicationId) {
        CallApplication application = mine(applicationId);
        return profiles.committee(records.call(application.callId()).network());
    }

    /**
     * Saves the topics and reviewer preferences as a whole, while the application accepts changes. Unknown topics,
     * people outside the committee, a person both suggested and excluded, and an exclusion without a reason are
     * refused, each next to its field.
     *
     * @return the new version
     * @throws ChangedMeanwhile when they were saved elsewhere since {@code loadedVersion}
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public long save(long applicationId, long loadedVersion, List<String> topics, List<Long> suggested,
            List<Exclusion> excluded) {
        CallApplication application = mine(applicationId);
        OpenCall call = records.call(application.callId());
        if (!editable(application, call)) {
            throw new Refused("", "opencall.problem.matching-closed");
        }
        List<String> cleanTopics = List.copyOf(new LinkedHashSet<>(topics));
        List<Long> cleanSuggested = List.copyOf(new LinkedHashSet<>(suggested));
        List<Exclusion> cleanExcluded = excluded.stream()
                .map(e -> new Exclusion(e.personId(), e.reason() == null ? "" : e.reason().strip())).toList();
        check(cleanTopics, cleanSuggested, cleanExcluded, profiles.committee(call.network()));
        long version = rows.save(applicationId, loadedVersion, cleanTopics, cleanSuggested, cleanExcluded,
                clock.instant());
        audit.record("application.matching", "call_application", applicationId, AuditOutcome.SUCCESS,
                cleanTopics.size() + " topics, " + cleanSuggested.size() + " suggested, " + cleanExcluded.size()
                        + " excluded");
        return version;
    }

    static void check(List<String> topics, List<Long> suggested, List<Exclusion> excluded,
            List<CommitteeMember> committee) {
        List<FieldProblem> problems = new ArrayList<>();
        if (topics.stream().anyMatch(t -> !Expertise.isValid(t))) {
            problems.add(new FieldProblem("topics", "opencall.problem.unknown-topic"));
        } else if (topics.size() > MatchingPreferences.TOPICS_MAX) {
            problems.add(new FieldProblem("topics", "opencall.problem.too-many-topics",
                    MatchingPreferences.TOPICS_MAX));
        }
        Set<Long> members = new HashSet<>();
        committee.forEach(c -> members.add(c.accountId()));
        if (!members.containsAll(suggested)) {
            problems.add(new FieldProblem("suggested", "opencall.problem.not-committee"));
        } else if (suggested.size() > MatchingPreferences.PEOPLE_MAX) {
            problems.add(new FieldProblem("suggested", "opencall.problem.too-many-people",
                    MatchingPreferences.PEOPLE_MAX));
        }
        Set<Long> excludedIds = new HashSet<>();
        FieldProblem exclusionProblem = null;
        for (Exclusion e : excluded) {
            if (!members.contains(e.personId())) {
                exclusionProblem = new FieldProblem("excluded", "opencall.problem.not-committee");
            } else if (!excludedIds.add(e.personId()) || suggested.contains(e.personId())) {
                exclusionProblem = new FieldProblem("excluded", "opencall.problem.suggested-and-excluded");
            } else if (e.reason().isBlank()) {
                exclusionProblem = new FieldProblem("exclusionReason", "opencall.problem.exclusion-reason");
            } else if (e.reason().length() > MatchingPreferences.REASON_MAX) {
                exclusionProblem = new FieldProblem("exclusionReason", "opencall.problem.too-long",
                        MatchingPreferences.REASON_MAX);
            }
        }
        if (exclusionProblem == null && excluded.size() > MatchingPreferences.PEOPLE_MAX) {
            exclusionProblem = new FieldProblem("excluded", "opencall.problem.too-many-people",
                    MatchingPreferences.PEOPLE_MAX);
        }
        if (exclusionProblem != null) {
            problems.add(exclusionProblem);
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /** Preferences change with the answers: while the application is in progress and its deadline allows. */
    private boolean editable(CallApplication application, OpenCall call) {
        return EDITABLE.contains(application.status()) && application.acceptsChangesAt(call, clock.instant());
    }

    private static final Set<ApplicationStatus> EDITABLE = Set.of(ApplicationStatus.DRAFT,
            ApplicationStatus.SUBMITTED, ApplicationStatus.REVISIONS_REQUESTED);

    private CallApplication mine(long applicationId) {
        long me = CurrentUser.require().accountId();
        return applications.findById(applicationId).filter(a -> a.applicantId() == me).orElseThrow(() -> {
            audit.recordIndependently(CurrentUser.actorName(), "application.read", "call_application", applicationId,
                    AuditOutcome.DENIED, null);
            return new AccessDeniedException("Not your application");
        });
    }
}
