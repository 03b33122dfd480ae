package org.healthequity.exchange.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageScorer;
import org.apache.lucene.util.BytesRef;

/**
 * Lucene's passage score (BM25 over the passage, the same parameters and the same arithmetic), without the
 * {@code BytesRefHash} that {@link PassageScorer#score} builds for every candidate passage to tell its distinct terms:
 * that hash allocates a 32 KB block each time, and a results page scores hundreds of candidate passages, which made
 * the highlighter the largest allocation of a first view (about a tenth of all bytes allocated by the request threads,
 * docs/performance.md). A passage holds a handful of matches, so the distinct terms are found by comparing them.
 */
final class LeanPassageScorer extends PassageScorer {

    @Override
    public float score(Passage passage, int contentLength) {
        int matches = passage.getNumMatches();
        BytesRef[] terms = passage.getMatchTerms();
        int[] freqsInDoc = passage.getMatchTermFreqsInDoc();
        BytesRef[] distinct = new BytesRef[matches];
        int[] inPassage = new int[matches];
        int[] inDoc = new int[matches];
        int count = 0;
        for (int i = 0; i < matches; i++) {
            int id = indexOf(distinct, count, terms[i]);
            if (id < 0) {
                id = count++;
                distinct[id] = terms[i];
                inDoc[id] = freqsInDoc[i];
            }
            inPassage[id]++;
        }
        // Summed in the order in which the terms first occur, in double, as Lucene's scorer does.
        double score = 0;
        for (int id = 0; id < count; id++) {
            score += tf(inPassage[id], passage.getLength()) * weight(contentLength, inDoc[id]);
        }
        score *= norm(passage.getStartOffset());
        return (float) score;
    }

    private static int indexOf(BytesRef[] distinct, int count, BytesRef term) {
        for (int i = 0; i < count; i++) {
            if (distinct[i].bytesEquals(term)) {
                return i;
            }
        }
        return -1;
    }
}
