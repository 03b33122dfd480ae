package org.healthequity.exchange.opencall;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * The order in which the committee is offered as reviewers of one application (ADR 0033): most topics of the
 * application among the reviewer's declared expertise first, then the fewest open assignments in the call, then by
 * name. The suggestion fills the free places from the top, never with a conflicted person nor one the applicant
 * excluded; the people the applicant suggested are flagged, not favoured.
 */
final class ReviewerRanking {

    /** The conflict key of a person the applicant asked to keep away from their application. */
    static final String EXCLUDED = "opencall.conflict.excluded";

    /**
     * One committee member as the ranking sees them.
     *
     * @param conflictKey a detected or declared conflict of interest (bundle key), or null
     * @param assigned whether they review this application already
     * @param exclusionReason the applicant's reason for excluding them, or null when not excluded
     */
    record Candidate(long accountId, String name, @Nullable String institution, @Nullable String country,
            Set<String> expertise, int load, @Nullable String conflictKey, boolean assigned,
            boolean applicantSuggested, @Nullable String exclusionReason) {

        Candidate {
            expertise = Set.copyOf(expertise);
        }
    }

    private ReviewerRanking() {
    }

    /** How many of the application's topics are among the candidate's declared expertise. */
    static int overlap(Set<String> topics, Set<String> expertise) {
        return (int) topics.stream().filter(expertise::contains).count();
    }

    /** The candidates in ranked order with {@code free} of them suggested. */
    static List<ReviewerOption> rank(Set<String> topics, List<Candidate> candidates, int free) {
        List<Candidate> ordered = new ArrayList<>(candidates);
        ordered.sort(Comparator.comparingInt((Candidate c) -> -overlap(topics, c.expertise()))
                .thenComparingInt(Candidate::load).thenComparing(Candidate::name)
                .thenComparingLong(Candidate::accountId));
        int left = free;
        List<ReviewerOption> options = new ArrayList<>();
        for (Candidate c : ordered) {
            String conflict = c.conflictKey() != null ? c.conflictKey() : c.exclusionReason() != null ? EXCLUDED : null;
            boolean suggested = left > 0 && !c.assigned() && conflict == null;
            if (suggested) {
                left--;
            }
            options.add(new ReviewerOption(c.accountId(), c.name(), c.institution(), c.country(), c.load(), conflict,
                    c.assigned(), suggested, overlap(topics, c.expertise()), c.applicantSuggested(),
                    c.exclusionReason()));
        }
        return options;
    }
}
