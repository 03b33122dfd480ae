package org.healthequity.exchange.moderation;

/** A moderation action that cannot be taken, with the bundle key of the message that says why. */
public class ModerationProblem extends RuntimeException {

    private final String messageKey;

    public ModerationProblem(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
