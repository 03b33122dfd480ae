package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** The directory's search and filters; null means "any". */
@NamedInterface("api")
public record DirectoryFilter(String text, @Nullable Network network, @Nullable String country,
        @Nullable String region, @Nullable InstitutionType institutionType, @Nullable String expertise,
        @Nullable Language language) {

    public static DirectoryFilter none() {
        return new DirectoryFilter("", null, null, null, null, null, null);
    }
}
