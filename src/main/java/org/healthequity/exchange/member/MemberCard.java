package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * A person as the directory shows them to one viewer: every field the viewer may not see is null (or empty), so it is
 * never sent to their browser.
 */
public record MemberCard(long id, String name, @Nullable String title, @Nullable Long institutionId,
        @Nullable String institutionName, @Nullable String country, @Nullable String countryName,
        @Nullable String region, Set<Language> languages, Set<String> expertise, boolean photo) {
}
