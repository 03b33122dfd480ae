package org.healthequity.exchange.casestudy;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

/**
 * The library's filters; null means any.
 *
 * @param sdg a goal ("3") or a target ("3.8")
 * @param year a year the case study's period covers
 */
public record LibraryFilter(@Nullable String country, @Nullable String region, @Nullable String theme,
        @Nullable String dimension, @Nullable String sdg, @Nullable Integer year, @Nullable Language language,
        @Nullable Network network) {

    public static LibraryFilter none() {
        return new LibraryFilter(null, null, null, null, null, null, null, null);
    }
}
