package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Map;

import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BlindReviewTest {

    @Test
    void aDefinitionStoredBeforeBlindReviewHidesNothing() {
        String json = JsonColumns.MAPPER.writeValueAsString(OpenCallFixture.definition())
                .replace(",\"hiddenFromReviewers\":false", "");
        assertThat(json).doesNotContain("hiddenFromReviewers");

        CallDefinition read = JsonColumns.MAPPER.readValue(json, CallDefinition.class);

        assertThat(read.questions()).extracting(Question::hiddenFromReviewers).containsOnly(false);
        assertThat(read.forReviewers()).isEqualTo(read);
    }

    @Test
    void reviewersReceiveNeitherTheHiddenQuestionsNorTheirAnswersNorTheirFiles() {
        CallDefinition definition = hidingSummaryAndLetter();
        Answers answers = new Answers(Map.of("summary", List.of("Dr Jane Doe, Nairobi"), "motivation",
                List.of("Equity")));
        List<ApplicationFileInfo> files = List.of(
                new ApplicationFileInfo(1, "letter", "letter.pdf", "application/pdf", 1, java.time.Instant.EPOCH));

        assertThat(definition.forReviewers().questions()).extracting(Question::key)
                .containsExactly("motivation", "dimensions");
        assertThat(BlindReview.answers(answers, definition.hiddenQuestions()).values()).containsOnlyKeys("motivation");
        assertThat(BlindReview.files(files, definition.hiddenQuestions())).isEmpty();
    }

    static CallDefinition hidingSummaryAndLetter() {
        CallDefinition plain = OpenCallFixture.definition();
        return new CallDefinition(plain.eligibility(), plain.questions().stream()
                .map(q -> q.key().equals("summary") || q.key().equals("letter")
                        ? new Question(q.key(), q.kind(), q.required(), q.wordLimit(), q.label(), q.help(),
                                q.options(), true)
                        : q).toList(), plain.attachments(), plain.rubric());
    }
}
