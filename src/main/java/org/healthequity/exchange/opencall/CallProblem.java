package org.healthequity.exchange.opencall;

import java.util.List;

/** Input or a step the service refused, field by field, so a view can show each message next to its field. */
public class CallProblem extends RuntimeException {

    /**
     * A refused field ("" for the whole form) and the bundle key of the message with its arguments.
     */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }

        public FieldProblem {
            arguments = List.copyOf(arguments);
        }
    }

    private final List<FieldProblem> problems;

    public CallProblem(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public CallProblem(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public FieldProblem first() {
        return problems.getFirst();
    }
}
