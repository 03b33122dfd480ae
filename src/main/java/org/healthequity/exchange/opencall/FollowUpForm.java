package org.healthequity.exchange.opencall;

import java.util.List;

import org.healthequity.exchange.opencall.CallDefinition.Question;

/**
 * A call's follow-up form as the secretariat edits it (ADR 0034): the questions a newly accepted institution answers.
 *
 * @param version 0 while it was never saved
 * @param editable whether the questions may change: until the first follow-up is sent
 */
public record FollowUpForm(long callId, String callTitle, long version, List<Question> questions, boolean editable) {

    public FollowUpForm {
        questions = List.copyOf(questions);
    }
}
