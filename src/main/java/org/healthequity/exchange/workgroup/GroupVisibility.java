package org.healthequity.exchange.workgroup;

import java.util.Locale;

/** Who sees a group and its content: anyone, the members of its network, or only its own members. */
public enum GroupVisibility {
    PUBLIC, NETWORK, PRIVATE;

    public String messageKey() {
        return "workgroup.visibility." + name().toLowerCase(Locale.ROOT);
    }
}
