package org.healthequity.exchange.consultation;

/** Who takes part: the members of a network, the members of a working group, or the people invited by name. */
public enum ConsultationScope {
    NETWORK, GROUP, INVITED
}
