package org.healthequity.exchange.workgroup;

import java.util.Locale;

/** How people come in: they join, they ask and a lead approves, or a lead invites them. */
public enum JoinPolicy {
    OPEN, REQUEST, INVITATION;

    public String messageKey() {
        return "workgroup.join-policy." + name().toLowerCase(Locale.ROOT);
    }
}
