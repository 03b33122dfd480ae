package org.healthequity.exchange.consultation;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One consultation as a participant reads it, with what the viewer may do: take part (while open), moderate (tag,
 * pin summaries, write the synthesis after the close) and publish the synthesis (the secretariat).
 */
public record ConsultationPage(long id, String title, String question, String backgroundHtml, ConsultationScope scope,
        boolean anonymous, Instant opensAt, Instant closesAt, ConsultationPhase phase, List<SubQuestionView> subQuestions,
        List<ContributionView> contributions, List<SummaryView> summaries, @Nullable SynthesisView synthesis,
        boolean canContribute, boolean canModerate, boolean canPublish) {

    public ConsultationPage {
        subQuestions = List.copyOf(subQuestions);
        contributions = List.copyOf(contributions);
        summaries = List.copyOf(summaries);
    }
}
