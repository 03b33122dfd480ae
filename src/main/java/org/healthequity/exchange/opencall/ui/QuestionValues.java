package org.healthequity.exchange.opencall.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.healthequity.exchange.opencall.Answers;
import org.healthequity.exchange.shared.ui.Refusals;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;

/**
 * The fields of a form built from the call's questions, by question key: what they hold as answers, and the service's
 * refusals shown next to them. The application form and the follow-up form read and mark their fields the same way.
 */
final class QuestionValues {

    private QuestionValues() {
    }

    static Answers answers(Map<String, HasValue<?, ?>> fields) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        fields.forEach((key, field) -> {
            Object value = field.getValue();
            if (value instanceof String text) {
                values.put(key, List.of(text));
            } else if (value instanceof Set<?> set) {
                values.put(key, set.stream().map(String::valueOf).sorted().toList());
            } else if (value != null) {
                values.put(key, List.of(String.valueOf(value)));
            }
        });
        return new Answers(values);
    }

    /**
     * Shows each problem next to its question, announced (notification naming the questions, focus on the first) when
     * the person asked for it, not on an autosave; returns the messages that belong to no field.
     */
    static List<String> showProblems(Map<String, HasValue<?, ?>> fields, Component form, Refused problem,
            boolean announce) {
        Function<String, @Nullable HasValidation> question = key -> fields.get(key) instanceof HasValidation validated
                ? validated : null;
        return announce ? Refusals.show(problem, form, question) : Refusals.mark(problem, form, question);
    }

    static void clearErrors(Map<String, HasValue<?, ?>> fields) {
        fields.values().forEach(f -> {
            if (f instanceof HasValidationProperties validated) {
                validated.setInvalid(false);
            }
        });
    }
}
