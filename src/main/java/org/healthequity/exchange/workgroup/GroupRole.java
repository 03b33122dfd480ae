package org.healthequity.exchange.workgroup;

import java.util.Locale;

/** A person's role in one group; leading one group gives no rights in another. */
public enum GroupRole {
    LEAD, MEMBER;

    public String messageKey() {
        return "workgroup.role." + name().toLowerCase(Locale.ROOT);
    }
}
