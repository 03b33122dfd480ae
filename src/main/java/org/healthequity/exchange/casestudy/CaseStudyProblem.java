package org.healthequity.exchange.casestudy;

import java.util.List;

/** Input the service refused, field by field, so the view can show each message next to its field. */
public class CaseStudyProblem extends RuntimeException {

    /** A refused field ("" for the whole case study) and the bundle key of the message. */
    public record FieldProblem(String field, String messageKey) {
    }

    private final List<FieldProblem> problems;

    public CaseStudyProblem(List<FieldProblem> problems) {
        super(problems.toString());
        this.problems = List.copyOf(problems);
    }

    public CaseStudyProblem(String field, String messageKey) {
        this(List.of(new FieldProblem(field, messageKey)));
    }

    public List<FieldProblem> problems() {
        return problems;
    }

    public String firstMessageKey() {
        return problems.getFirst().messageKey();
    }
}
