package org.healthequity.exchange.webinar;

import java.util.Locale;

/** A person's place at a webinar. */
public enum RegistrationStatus {
    REGISTERED, WAITLISTED, CANCELLED;

    public String messageKey() {
        return "webinar.registration." + name().toLowerCase(Locale.ROOT);
    }
}
