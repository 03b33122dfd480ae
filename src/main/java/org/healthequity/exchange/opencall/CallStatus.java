package org.healthequity.exchange.opencall;

/** draft → open → closed → decided → archived. */
public enum CallStatus {
    DRAFT, OPEN, CLOSED, DECIDED, ARCHIVED;

    /** Whether the public may see the call. */
    public boolean isPublic() {
        return this != DRAFT && this != ARCHIVED;
    }
}
