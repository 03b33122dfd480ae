package org.healthequity.exchange.newsletter;

/**
 * Where a newsletter is: {@code DRAFT} (edited), {@code SCHEDULED} (sent by the job when its time comes; taken back to
 * a draft to edit), {@code SENDING} (being queued person by person) and {@code SENT} (archived).
 */
public enum NewsletterStatus {
    DRAFT, SCHEDULED, SENDING, SENT
}
