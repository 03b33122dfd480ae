package org.healthequity.exchange.notification;

public enum MailStatus {
    /** Waiting to be sent, or waiting for the next retry. */
    QUEUED,
    SENT,
    /** Given up on after the last retry. */
    FAILED,
    /** Withdrawn before it was sent, for instance because the recipient deleted their account. */
    CANCELLED
}
