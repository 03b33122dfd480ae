package org.healthequity.exchange.member;

/** A person's role within one network. */
public enum NetworkRole {
    MEMBER, STEERING_COMMITTEE, SECRETARIAT
}
