package org.healthequity.exchange.opencall;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.healthequity.exchange.member.Countries;
import org.healthequity.exchange.opencall.CallDefinition.Criterion;
import org.healthequity.exchange.opencall.CallDefinition.Question;
import org.healthequity.exchange.shared.validation.Refused.FieldProblem;

/** The rules a call's form must satisfy before it is saved; every broken rule is named with its field. */
final class CallChecks {

    private CallChecks() {
    }

    /** The two instants of the form, or the problems with its dates. */
    static Instant[] instants(CallForm form, List<FieldProblem> problems) {
        ZoneId zone;
        try {
            zone = ZoneId.of(form.timeZone());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem("timeZone", "opencall.problem.zone"));
            return new Instant[0];
        }
        Instant opens = instant(form.opens(), zone, "opens", problems);
        Instant closes = instant(form.closes(), zone, "closes", problems);
        if (opens != null && closes != null && !closes.isAfter(opens)) {
            problems.add(new FieldProblem("closes", "opencall.problem.closes-before-opens"));
        }
        return opens == null || closes == null ? new Instant[0] : new Instant[] {opens, closes};
    }

    /**
     * The instant of a wall-clock time in a zone; a time skipped by a daylight-saving change, or one that happens
     * twice, is refused rather than guessed.
     */
    static Instant instant(LocalDateTime local, ZoneId zone, String field, List<FieldProblem> problems) {
        ZoneOffsetTransition transition = zone.getRules().getTransition(local);
        if (transition != null) {
            problems.add(new FieldProblem(field, transition.isGap() ? "opencall.problem.time-skipped"
                    : "opencall.problem.time-ambiguous"));
            return null;
        }
        return local.atZone(zone).toInstant();
    }

    static void definition(CallDefinition definition, List<FieldProblem> problems) {
        var eligibility = definition.eligibility();
        for (String region : eligibility.regions()) {
            if (!Countries.REGIONS.contains(region)) {
                problems.add(new FieldProblem("eligibility", "opencall.problem.region", region));
            }
        }
        for (String country : eligibility.countries()) {
            if (!country.matches("[A-Z]{2}")) {
                problems.add(new FieldProblem("eligibility", "opencall.problem.country", country));
            }
        }
        Set<String> declarationKeys = new HashSet<>();
        for (var declaration : eligibility.declarations()) {
            key(declaration.key(), declarationKeys, "eligibility", problems);
            if (!declaration.text().hasEnglish()) {
                problems.add(new FieldProblem("eligibility", "opencall.problem.english-required", declaration.key()));
            }
        }
        if (definition.questions().size() > CallDefinition.MAX_QUESTIONS) {
            problems.add(new FieldProblem("questions", "opencall.problem.too-many", CallDefinition.MAX_QUESTIONS));
        }
        Set<String> questionKeys = new HashSet<>();
        for (Question question : definition.questions()) {
            key(question.key(), questionKeys, "questions", problems);
            if (!question.label().hasEnglish()) {
                problems.add(new FieldProblem("questions", "opencall.problem.english-required", question.key()));
            }
            if (question.kind().hasOptions()) {
                int options = question.options().size();
                if (options < CallDefinition.MIN_OPTIONS || options > CallDefinition.MAX_OPTIONS) {
                    problems.add(new FieldProblem("questions", "opencall.problem.options", question.key(),
                            CallDefinition.MIN_OPTIONS, CallDefinition.MAX_OPTIONS));
                }
                Set<String> optionKeys = new HashSet<>();
                for (var option : question.options()) {
                    key(option.key(), optionKeys, "questions", problems);
                    if (!option.label().hasEnglish()) {
                        problems.add(new FieldProblem("questions", "opencall.problem.english-required", option.key()));
                    }
                }
            } else if (!question.options().isEmpty()) {
                problems.add(new FieldProblem("questions", "opencall.problem.options", question.key(),
                        CallDefinition.MIN_OPTIONS, CallDefinition.MAX_OPTIONS));
            }
            if (question.wordLimit() < 0 || question.wordLimit() > Question.WORD_LIMIT_MAX) {
                problems.add(new FieldProblem("questions", "opencall.problem.word-limit", question.key(),
                        Question.WORD_LIMIT_MAX));
            }
        }
        var attachments = definition.attachments();
        if (!attachments.sizeAllowed()) {
            problems.add(new FieldProblem("attachments", "opencall.problem.max-bytes",
                    CallDefinition.AttachmentRules.MIN_BYTES / 1024, CallDefinition.AttachmentRules.MAX_MEGABYTES));
        }
        for (String kind : attachments.kinds()) {
            if (!CallDefinition.AttachmentRules.knownKinds().contains(kind)) {
                problems.add(new FieldProblem("attachments", "opencall.problem.kind", kind));
            }
        }
        if (definition.rubric().size() > CallDefinition.MAX_CRITERIA) {
            problems.add(new FieldProblem("rubric", "opencall.problem.too-many", CallDefinition.MAX_CRITERIA));
        }
        Set<String> criterionKeys = new HashSet<>();
        for (Criterion criterion : definition.rubric()) {
            key(criterion.key(), criterionKeys, "rubric", problems);
            if (!criterion.label().hasEnglish()) {
                problems.add(new FieldProblem("rubric", "opencall.problem.english-required", criterion.key()));
            }
            for (FieldProblem broken : new FieldProblem[] {criterion.weightProblem("rubric"),
                    criterion.scaleProblem("rubric")}) {
                if (broken != null) {
                    problems.add(broken);
                }
            }
        }
    }

    private static void key(String key, Set<String> seen, String field, List<FieldProblem> problems) {
        if (!CallDefinition.KEY.matcher(key).matches()) {
            problems.add(new FieldProblem(field, "opencall.problem.key", key));
        } else if (!seen.add(key)) {
            problems.add(new FieldProblem(field, "opencall.problem.duplicate-key", key));
        }
    }

    /** The answers' problems against the form: word limits, unknown options; with {@code complete}, missing ones. */
    static List<FieldProblem> answers(CallDefinition definition, Answers answers, Set<String> answeredFiles,
            boolean complete) {
        List<FieldProblem> problems = new ArrayList<>();
        for (Question question : definition.questions()) {
            String key = question.key();
            List<String> values = answers.choices(key);
            switch (question.kind()) {
                case SHORT_TEXT -> {
                    if (answers.text(key).length() > CallDefinition.SHORT_TEXT_MAX) {
                        problems.add(new FieldProblem(key, "opencall.problem.too-long", CallDefinition.SHORT_TEXT_MAX));
                    }
                }
                case LONG_TEXT -> {
                    String text = answers.text(key);
                    int words = Answers.words(text);
                    if (question.wordLimit() > 0 && words > question.wordLimit()) {
                        problems.add(new FieldProblem(key, "opencall.problem.words", words, question.wordLimit()));
                    } else if (text.length() > CallDefinition.LONG_TEXT_MAX) {
                        problems.add(new FieldProblem(key, "opencall.problem.too-long", CallDefinition.LONG_TEXT_MAX));
                    }
                }
                case SINGLE_CHOICE, MULTIPLE_CHOICE -> {
                    Set<String> known = new HashSet<>();
                    question.options().forEach(o -> known.add(o.key()));
                    if (!known.containsAll(values)
                            || question.kind() == QuestionKind.SINGLE_CHOICE && values.size() > 1) {
                        problems.add(new FieldProblem(key, "opencall.problem.choice"));
                    }
                }
                case FILE -> {
                    if (!values.isEmpty()) {
                        problems.add(new FieldProblem(key, "opencall.problem.choice"));
                    }
                }
            }
            boolean answered = question.kind() == QuestionKind.FILE ? answeredFiles.contains(key) : !values.isEmpty();
            if (complete && question.required() && !answered) {
                problems.add(new FieldProblem(key, "opencall.problem.required"));
            }
        }
        Set<String> keys = new HashSet<>();
        definition.questions().forEach(q -> keys.add(q.key()));
        for (String answered : answers.values().keySet()) {
            if (!keys.contains(answered)) {
                problems.add(new FieldProblem(answered, "opencall.problem.unknown-question"));
            }
        }
        return problems;
    }
}
