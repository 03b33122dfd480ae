package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An application as its applicant edits it: the answers being edited, the copy last submitted, the files, and whether
 * the deadline still allows changes; while revisions are requested, the committee's requests and the resubmission
 * deadline; the number of the submitted version (more than 1 once a revision was resubmitted).
 */
public record ApplicationSheet(long id, long version, CallSummary call, CallDefinition definition,
        ApplicationStatus status, EligibilityAnswers eligibility, Answers answers, @Nullable Answers submittedAnswers,
        @Nullable Instant submittedAt, List<ApplicationFileInfo> files, boolean editable,
        @Nullable String screeningReason, @Nullable String revisionRequests, @Nullable Instant revisionDueAt,
        int answersVersion) {

    public ApplicationSheet {
        files = List.copyOf(files);
    }

    /** Whether what is being edited differs from what was submitted. */
    public boolean hasUnsubmittedChanges() {
        return status == ApplicationStatus.SUBMITTED && !answers.equals(submittedAnswers);
    }
}
