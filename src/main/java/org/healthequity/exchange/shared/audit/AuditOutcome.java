package org.healthequity.exchange.shared.audit;

public enum AuditOutcome {
    SUCCESS, FAILURE, DENIED
}
