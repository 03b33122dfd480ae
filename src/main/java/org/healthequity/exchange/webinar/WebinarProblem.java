package org.healthequity.exchange.webinar;

import java.util.List;

/** Input or an action the service refused, field by field, so the view can show each message next to its field. */
public class WebinarProblem extends RuntimeException {

    /** A refused field ("" for the whole webinar), the bundle key of the message and its arguments. */
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {

        public FieldProblem(String field, String messageKey) {
            this(field, messageKey, List.of());
        }
    }

    private final List<FieldProblem> problems;

    public WebinarProblem(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public WebinarProblem(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public String firstMessageKey() {
        return problems.getFirst().messageKey();
    }
}
