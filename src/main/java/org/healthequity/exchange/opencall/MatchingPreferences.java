package org.healthequity.exchange.opencall;

import java.util.List;

/**
 * What an applicant tells the matching of reviewers: the application's topics (codes of the portal's expertise
 * vocabulary), the steering-committee members they suggest, and those they ask to be kept away, each with a reason
 * that only the secretariat reads. Version 0 means nothing was saved yet.
 */
public record MatchingPreferences(long applicationId, long version, boolean editable, List<String> topics,
        List<Long> suggested, List<Exclusion> excluded) {

    /** The most topics an application carries. */
    public static final int TOPICS_MAX = 8;
    /** The most people an applicant may suggest, and the most they may exclude. */
    public static final int PEOPLE_MAX = 5;
    /** The longest reason for an exclusion; the migration's column has the same length. */
    public static final int REASON_MAX = CallApplication.REASON_MAX;

    public MatchingPreferences {
        topics = List.copyOf(topics);
        suggested = List.copyOf(suggested);
        excluded = List.copyOf(excluded);
    }

    /** A person the applicant does not want as a reviewer, and why. */
    public record Exclusion(long personId, String reason) {
    }
}
