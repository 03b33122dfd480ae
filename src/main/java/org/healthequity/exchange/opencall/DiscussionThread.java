package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The reviewers' discussion of an application's current round as a participant reads it: every reviewer's submitted
 * scores, and the posts (safe HTML) with the round each was written in.
 */
public record DiscussionThread(long applicationId, String institutionName, String callTitle,
        CallDefinition definition, int round, boolean open, List<PeerScores> scores, List<Post> posts) {

    public record PeerScores(String reviewerName, Scores scores, @Nullable Double weightedTotal) {
    }

    public record Post(String authorName, int round, String html, Instant postedAt) {
    }
}
