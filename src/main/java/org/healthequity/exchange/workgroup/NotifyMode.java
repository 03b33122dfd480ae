package org.healthequity.exchange.workgroup;

import java.util.Locale;

/** What mail a member gets about a group's posts; mentions are mailed whatever the choice. */
public enum NotifyMode {
    EVERY_POST, DIGEST, NONE;

    public String messageKey() {
        return "workgroup.notify." + name().toLowerCase(Locale.ROOT);
    }
}
