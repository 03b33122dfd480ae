package org.healthequity.exchange.newsletter;

/**
 * Where a newsletter is: {@code DRAFT} (edited), {@code SCHEDULED} (sent by the job when its time comes; taken back to
 * a draft to edit), {@code SENDING} (being queued person by person), {@code SENT} (archived) and {@code STOPPED} (the
 * secretariat stopped it while it was being sent: final, those already queued get it, nobody else, not archived).
 */
public enum NewsletterStatus {
    DRAFT, SCHEDULED, SENDING, SENT, STOPPED
}
