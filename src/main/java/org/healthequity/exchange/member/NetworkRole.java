package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.security.Role;

/** A person's role within one network. */
public enum NetworkRole {
    MEMBER, STEERING_COMMITTEE, SECRETARIAT;

    /** The portal role that goes with this network role. */
    public Role portalRole() {
        return switch (this) {
            case MEMBER -> Role.MEMBER;
            case STEERING_COMMITTEE -> Role.STEERING_COMMITTEE;
            case SECRETARIAT -> Role.SECRETARIAT;
        };
    }
}
