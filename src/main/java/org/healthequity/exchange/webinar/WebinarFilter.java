package org.healthequity.exchange.webinar;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/** The list's filters; null means "any". {@code past} lists webinars that have ended, newest first. */
public record WebinarFilter(@Nullable Audience audience, @Nullable Language language, boolean past) {

    public static WebinarFilter upcoming() {
        return new WebinarFilter(null, null, false);
    }
}
