package org.healthequity.exchange.opencall;

import java.util.List;

import org.healthequity.exchange.member.InstitutionType;
import org.jspecify.annotations.Nullable;

/**
 * What a reviewer works on: the submitted application, the rubric, their own scores and, once they submitted theirs,
 * the other reviewers' submitted reviews. A review whose round is not the current one is over: it is read-only.
 */
public record ReviewSheet(long reviewId, long version, long applicationId, CallSummary call, CallDefinition definition,
        String institutionName, InstitutionType institutionType, String country, Answers answers,
        List<ApplicationFileInfo> files, ReviewStatus status, Scores scores, @Nullable String conflictReason,
        List<PeerReview> peers, int round, int currentRound) {

    public ReviewSheet {
        files = List.copyOf(files);
        peers = List.copyOf(peers);
    }

    /** Whether the application was revised since: the review can no longer change. */
    public boolean roundOver() {
        return round != currentRound;
    }
}
