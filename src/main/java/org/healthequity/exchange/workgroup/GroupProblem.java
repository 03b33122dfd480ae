package org.healthequity.exchange.workgroup;

/**
 * A step the service refused, with the field it concerns ("" for the whole form) and the bundle key of the message.
 * Content the caller may not see is refused with the same message as content that does not exist.
 */
public class GroupProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public GroupProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public GroupProblem(String messageKey) {
        this("", messageKey);
    }

    static GroupProblem notFound() {
        return new GroupProblem("workgroup.problem.not-found");
    }

    static GroupProblem readOnly() {
        return new GroupProblem("workgroup.problem.archived");
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
