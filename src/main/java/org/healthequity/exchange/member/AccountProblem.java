package org.healthequity.exchange.member;

/**
 * Input the service refused, tied to a field of the form so the view can show the message next to it.
 *
 * @param field the form field, or "" for the whole form
 * @param messageKey the bundle key of the message
 */
public class AccountProblem extends RuntimeException {

    private final String field;
    private final String messageKey;

    public AccountProblem(String field, String messageKey) {
        super(messageKey);
        this.field = field;
        this.messageKey = messageKey;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }
}
