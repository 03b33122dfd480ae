package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Two submitted versions of an application compared word by word, question by question (files aside: they are one set
 * per application), with every version there is to pick from.
 */
public record VersionComparison(long applicationId, String callTitle, String institutionName,
        List<VersionInfo> versions, int from, int to, List<AnswerChange> answers) {

    /** One submitted version: when, and what the committee asked of it (none for the current one). */
    public record VersionInfo(int number, Instant submittedAt, @Nullable String revisionRequests) {
    }

    /** One question's answer compared: its runs of equal, deleted and inserted text. */
    public record AnswerChange(String question, String label, List<WordDiff.Run> runs, boolean changed) {
    }
}
