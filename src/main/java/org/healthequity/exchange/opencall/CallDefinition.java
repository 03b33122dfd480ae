package org.healthequity.exchange.opencall;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.healthequity.exchange.member.InstitutionType;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;
import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The configurable parts of a call, edited as a whole by the secretariat while the call is a draft: who is eligible,
 * what the form asks, which files it accepts and how reviewers score.
 */
public record CallDefinition(Eligibility eligibility, List<Question> questions, AttachmentRules attachments,
        List<Criterion> rubric) {

    public static final int SHORT_TEXT_MAX = 300;
    public static final int LONG_TEXT_MAX = 20_000;

    /**
     * The longest key of a declaration, question, option or criterion; a file's question key column
     * ({@code call_application_file.question varchar(40)}) has the same length.
     */
    public static final int KEY_MAX = 40;

    /** What a key looks like: lower case, starting with a letter, at most {@link #KEY_MAX} characters. */
    public static final Pattern KEY = Pattern.compile("[a-z][a-z0-9_-]{0," + (KEY_MAX - 1) + "}");

    public static final int MAX_QUESTIONS = 60;
    public static final int MAX_CRITERIA = 20;
    public static final int MAX_OPTIONS = 30;
    public static final int MIN_OPTIONS = 2;

    public CallDefinition {
        questions = List.copyOf(questions);
        rubric = List.copyOf(rubric);
    }

    public static CallDefinition empty() {
        return new CallDefinition(new Eligibility(Set.of(), Set.of(), Set.of(), List.of()), List.of(),
                AttachmentRules.DEFAULT, List.of());
    }

    /**
     * Machine-checkable eligibility: an empty set admits every value. Every declaration must be answered yes.
     *
     * @param regions WHO region codes (AFR, AMR, SEAR, EUR, EMR, WPR)
     * @param countries ISO 3166 alpha-2 codes; when not empty, a country must be listed (or be in a listed region)
     */
    public record Eligibility(Set<InstitutionType> institutionTypes, Set<String> regions, Set<String> countries,
            List<Declaration> declarations) {

        public Eligibility {
            institutionTypes = Set.copyOf(institutionTypes);
            regions = Set.copyOf(regions);
            countries = Set.copyOf(countries);
            declarations = List.copyOf(declarations);
        }
    }

    /** A yes/no statement the applicant must confirm ("We have a national health inequality monitoring mandate"). */
    public record Declaration(String key, Texts text) {
    }

    /**
     * One question of the form.
     *
     * @param wordLimit for long texts, the most words accepted (0: no limit)
     * @param hiddenFromReviewers whether reviewers never receive the answer (blind review, ADR 0033): names,
     *         institution, letters of support
     */
    public record Question(String key, QuestionKind kind, boolean required, int wordLimit, Texts label, Texts help,
            List<Choice> options, boolean hiddenFromReviewers) {

        /** The highest word limit a long-text question may set. */
        public static final int WORD_LIMIT_MAX = 10_000;

        public Question {
            options = List.copyOf(options);
        }

        /** A question that reviewers see. */
        public Question(String key, QuestionKind kind, boolean required, int wordLimit, Texts label, Texts help,
                List<Choice> options) {
            this(key, kind, required, wordLimit, label, help, options, false);
        }

        /** Reads a stored question; one stored before blind review has no flag and is seen by reviewers. */
        @JsonCreator
        static Question read(@JsonProperty("key") String key, @JsonProperty("kind") QuestionKind kind,
                @JsonProperty("required") boolean required, @JsonProperty("wordLimit") int wordLimit,
                @JsonProperty("label") Texts label, @JsonProperty("help") Texts help,
                @JsonProperty("options") List<Choice> options,
                @JsonProperty("hiddenFromReviewers") @Nullable Boolean hiddenFromReviewers) {
            return new Question(key, kind, required, wordLimit, label, help, options,
                    Boolean.TRUE.equals(hiddenFromReviewers));
        }
    }

    /** The keys of the questions hidden from reviewers. */
    public Set<String> hiddenQuestions() {
        return questions.stream().filter(Question::hiddenFromReviewers).map(Question::key)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    /** The definition as a reviewer receives it: without the questions hidden from reviewers (ADR 0033). */
    public CallDefinition forReviewers() {
        return new CallDefinition(eligibility, questions.stream().filter(q -> !q.hiddenFromReviewers()).toList(),
                attachments, rubric);
    }

    public record Choice(String key, Texts label) {
    }

    /** Files answering FILE questions: at most this size and of these kinds (recognised by content). */
    public record AttachmentRules(long maxBytes, Set<String> kinds) {

        public static final long MEGABYTE = 1024 * 1024;
        public static final long MIN_BYTES = 1024;
        /** The largest file size a call may allow, in megabytes (the form's unit) and bytes. */
        public static final int MAX_MEGABYTES = 50;
        public static final long MAX_BYTES = MAX_MEGABYTES * MEGABYTE;

        public static final AttachmentRules DEFAULT = new AttachmentRules(10 * MEGABYTE, Set.of("PDF", "DOCX"));

        public AttachmentRules {
            kinds = Set.copyOf(kinds);
        }

        /** The kinds a call may accept: those recognised by content. */
        public static List<String> knownKinds() {
            return Arrays.stream(FileKind.values()).map(FileKind::name).toList();
        }

        public boolean sizeAllowed() {
            return maxBytes >= MIN_BYTES && maxBytes <= MAX_BYTES;
        }

        /** The size limit in whole megabytes, at least one, as the form shows it. */
        public int megabytes() {
            return (int) Math.max(1, Math.round((double) maxBytes / MEGABYTE));
        }
    }

    /**
     * A rubric criterion: a weight and a scale from {@code scaleMin} to {@code scaleMax}, with guidance. Its rules (the
     * weight's range, the scale's floor and ceiling, which scores it accepts, how a score is placed on 0–1 and how the
     * scale is written) are stated here once, for the service's checks, the editor's fields and the review's fields.
     */
    public record Criterion(String key, int weight, int scaleMin, int scaleMax, Texts label, Texts guidance) {

        public static final int WEIGHT_MIN = 1;
        public static final int WEIGHT_MAX = 100;
        /** No scale starts below the floor or ends above the ceiling. */
        public static final int SCALE_FLOOR = 0;
        public static final int SCALE_CEILING = 100;
        /** What a new criterion starts with in the editor. */
        public static final int DEFAULT_WEIGHT = 1;
        public static final int DEFAULT_SCALE_MIN = 0;
        public static final int DEFAULT_SCALE_MAX = 5;

        public boolean weightAllowed() {
            return weight >= WEIGHT_MIN && weight <= WEIGHT_MAX;
        }

        /** The scale runs upwards and stays within the floor and the ceiling. */
        public boolean scaleAllowed() {
            return scaleMin >= SCALE_FLOOR && scaleMax <= SCALE_CEILING && scaleMax > scaleMin;
        }

        /** The refusal of a weight outside its range, as a problem of {@code field}; null when it is allowed. */
        public @Nullable FieldProblem weightProblem(String field) {
            return weightAllowed() ? null
                    : new FieldProblem(field, "opencall.problem.weight", key, WEIGHT_MIN, WEIGHT_MAX);
        }

        /** The refusal of a scale that does not run upwards within its bounds; null when it is allowed. */
        public @Nullable FieldProblem scaleProblem(String field) {
            return scaleAllowed() ? null
                    : new FieldProblem(field, "opencall.problem.scale", key, SCALE_FLOOR, SCALE_CEILING);
        }

        public boolean accepts(int score) {
            return score >= scaleMin && score <= scaleMax;
        }

        /** The refusal of a score off the scale, naming the scale; null when the score is on it. */
        public @Nullable FieldProblem scoreProblem(int score) {
            return accepts(score) ? null
                    : new FieldProblem(key, "opencall.problem.score-range", scaleMin, scaleMax);
        }

        /** A score placed on 0–1 within the scale, so criteria of different scales can be weighted together. */
        public double normalised(int score) {
            return (double) (score - scaleMin) / (scaleMax - scaleMin);
        }

        /** The scale as a column shows it, "1–5". */
        public String scaleLabel() {
            return scaleMin + "–" + scaleMax;
        }
    }
}
