package org.healthequity.exchange.casestudy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One version of a case study in its history. */
public record RevisionInfo(long id, int number, RevisionStatus status, String title, Instant updatedAt,
        @Nullable Instant submittedAt, @Nullable Instant decidedAt, @Nullable String decisionComment) {
}
