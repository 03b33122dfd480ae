package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

/**
 * What the secretariat writes: the question and its background (Markdown), who takes part (a network, a group by id,
 * or people invited by address), whether contributors are anonymised in what is published, the two times, and the
 * optional sub-questions in order. A refused field is named as the record's component.
 */
public record ConsultationForm(String title, String question, String background, ConsultationScope scope,
        @Nullable Network network, @Nullable Long groupId, List<String> invitees, boolean anonymous,
        @Nullable Instant opensAt, @Nullable Instant closesAt, List<String> subQuestions) {

    public ConsultationForm {
        invitees = List.copyOf(invitees);
        subQuestions = List.copyOf(subQuestions);
    }
}
