package org.healthequity.exchange.opencall;

import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.InstitutionType;

/**
 * The configurable parts of a call, edited as a whole by the secretariat while the call is a draft: who is eligible,
 * what the form asks, which files it accepts and how reviewers score.
 */
public record CallDefinition(Eligibility eligibility, List<Question> questions, AttachmentRules attachments,
        List<Criterion> rubric) {

    public static final int SHORT_TEXT_MAX = 300;
    public static final int LONG_TEXT_MAX = 20_000;

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
     */
    public record Question(String key, QuestionKind kind, boolean required, int wordLimit, Texts label, Texts help,
            List<Choice> options) {

        public Question {
            options = List.copyOf(options);
        }
    }

    public record Choice(String key, Texts label) {
    }

    /** Files answering FILE questions: at most this size and of these kinds (recognised by content). */
    public record AttachmentRules(long maxBytes, Set<String> kinds) {

        public static final AttachmentRules DEFAULT = new AttachmentRules(10 * 1024 * 1024, Set.of("PDF", "DOCX"));

        public AttachmentRules {
            kinds = Set.copyOf(kinds);
        }
    }

    /** A rubric criterion: a weight and a scale from {@code scaleMin} to {@code scaleMax}, with guidance. */
    public record Criterion(String key, int weight, int scaleMin, int scaleMax, Texts label, Texts guidance) {
    }
}
