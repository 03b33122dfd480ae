package org.healthequity.exchange.shared.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;

/**
 * Input or a step a service refused, field by field, so a form can show each message next to its field. The one
 * refusal of every module: hand-written rules and Bean Validation ({@link #of(ConstraintViolationException)}) both end
 * here, so a view has one path to show them.
 */
public class Refused extends RuntimeException {

    /** The field name that stands for the whole form rather than one field. */
    public static final String WHOLE_FORM = "";

    /**
     * A refused field (the form record's property name, or {@link #WHOLE_FORM}) and the bundle key of the message with
     * its arguments.
     */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }

        public boolean wholeForm() {
            return field.isEmpty();
        }
    }

    private final List<FieldProblem> problems;

    public Refused(List<FieldProblem> problems) {
        super(problems.stream().map(FieldProblem::messageKey).collect(Collectors.joining(", ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    public Refused(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, arguments)));
    }

    /** A refusal of the whole form or step, not of one field. */
    public Refused(String messageKey) {
        this(WHOLE_FORM, messageKey);
    }

    /** Throws when the collected problems are not empty; lets a check gather every problem before refusing. */
    public static void throwIfAny(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
    }

    /**
     * Bean Validation's refusal in this shape: each violation names the last property of its path (the form record's
     * component) and its message template, a bundle key when the constraint names one (<code>message = "..."</code>).
     */
    public static Refused of(ConstraintViolationException invalid) {
        List<FieldProblem> problems = new ArrayList<>();
        for (ConstraintViolation<?> violation : invalid.getConstraintViolations()) {
            String field = WHOLE_FORM;
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.PROPERTY) {
                    field = node.getName();
                }
            }
            String template = violation.getMessageTemplate();
            boolean bundleKey = !template.startsWith("{") && !template.contains(" ");
            problems.add(new FieldProblem(field, bundleKey ? template : "validation.invalid"));
        }
        return new Refused(problems.isEmpty() ? List.of(new FieldProblem(WHOLE_FORM, "validation.invalid"))
                : problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public FieldProblem first() {
        return problems.getFirst();
    }

    /** The field of the first problem; most steps refuse one thing. */
    public String field() {
        return first().field();
    }

    /** The bundle key of the first problem. */
    public String messageKey() {
        return first().messageKey();
    }
}
