package org.healthequity.exchange.workgroup;

import java.util.Locale;

/** Where a group is in its life: proposed, active, archived (read-only), or declined as a proposal. */
public enum GroupStatus {
    PROPOSED, ACTIVE, ARCHIVED, DECLINED;

    public String messageKey() {
        return "workgroup.status." + name().toLowerCase(Locale.ROOT);
    }
}
