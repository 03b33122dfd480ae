package org.healthequity.exchange.member;

import java.time.ZoneId;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/** The signed-in person's own account, as the settings page shows it. */
public record AccountSettings(String email, String displayName, Language language, @Nullable ZoneId timeZone) {
}
