package org.healthequity.exchange.casestudy;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A case study on its author's list.
 *
 * @param workingStatus the state of the version being written or reviewed, if any
 * @param returnComment the moderator's comments when the working version was returned
 */
public record MyCaseStudy(long id, String title, CaseStudyStatus status, @Nullable RevisionStatus workingStatus,
        @Nullable String returnComment, Instant updatedAt, String language) {
}
