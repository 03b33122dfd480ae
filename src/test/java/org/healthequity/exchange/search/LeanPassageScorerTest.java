package org.healthequity.exchange.search;

import java.util.Random;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LeanPassageScorerTest {

    private static final String[] WORDS = { "health", "equity", "housing", "policy", "malaria", "mental" };

    @Test
    void scoresEveryPassageExactlyAsLucenesScorer() {
        PassageScorer lucene = new PassageScorer();
        LeanPassageScorer lean = new LeanPassageScorer();
        Random random = new Random(14);
        for (int round = 0; round < 2_000; round++) {
            Passage passage = new Passage();
            int start = random.nextInt(5_000);
            passage.setStartOffset(start);
            passage.setEndOffset(start + 600);
            int offset = start;
            int matches = random.nextInt(12);
            for (int i = 0; i < matches; i++) {
                offset += 1 + random.nextInt(40);
                String word = WORDS[random.nextInt(WORDS.length)];
                // The same term always has the same frequency in the document, as the highlighter reports it.
                passage.addMatch(offset, offset + word.length(), new BytesRef(word), word.length());
            }
            int contentLength = passage.getEndOffset() + random.nextInt(20_000);

            assertThat(lean.score(passage, contentLength)).as("passage %s", passage)
                    .isEqualTo(lucene.score(passage, contentLength));
        }
    }

    @Test
    void aPassageWithoutMatchesScoresNothing() {
        Passage passage = new Passage();
        passage.setStartOffset(0);
        passage.setEndOffset(100);

        assertThat(new LeanPassageScorer().score(passage, 1_000)).isZero()
                .isEqualTo(new PassageScorer().score(passage, 1_000));
    }
}
