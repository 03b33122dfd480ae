package org.healthequity.exchange.consultation;

/**
 * Where a consultation is for its participants, from its state and its two times on the server's clock: a
 * {@code DRAFT} only the secretariat sees, {@code UPCOMING} (published, not open yet), {@code OPEN}, {@code CLOSED}.
 */
public enum ConsultationPhase {
    DRAFT, UPCOMING, OPEN, CLOSED
}
