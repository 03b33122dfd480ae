package org.healthequity.exchange.opencall;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A reviewer's scores by rubric criterion key, each with a comment. */
public record Scores(Map<String, Score> values) {

    public static final int COMMENT_MAX = 4000;

    public record Score(@Nullable Integer value, String comment) {

        public Score {
            comment = comment == null ? "" : comment.strip();
        }
    }

    public Scores {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static Scores none() {
        return new Scores(Map.of());
    }

    public @Nullable Integer value(String criterion) {
        Score score = values.get(criterion);
        return score == null ? null : score.value();
    }

    public String comment(String criterion) {
        Score score = values.get(criterion);
        return score == null ? "" : score.comment();
    }
}
