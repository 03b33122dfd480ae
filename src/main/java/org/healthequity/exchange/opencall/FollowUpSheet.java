package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.jspecify.annotations.Nullable;

/**
 * An accepted application's follow-up as its applicant fills it in (ADR 0034).
 *
 * @param editable whether it still accepts answers: not submitted and not past its due date
 */
public record FollowUpSheet(long applicationId, String callTitle, String institutionName, List<Question> questions,
        Answers answers, Instant dueAt, @Nullable Instant submittedAt, long version, boolean editable) {

    public FollowUpSheet {
        questions = List.copyOf(questions);
    }
}
