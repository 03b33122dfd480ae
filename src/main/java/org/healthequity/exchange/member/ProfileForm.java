package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person edits on their own profile, with the visibility of each field. */
public record ProfileForm(
        @Nullable @Size(max = ProfileLimits.TITLE_MAX) String title,
        @Nullable Long institutionId,
        @Nullable @Pattern(regexp = "[A-Z]{2}") String country,
        @Nullable @Size(max = ProfileLimits.BIOGRAPHY_MAX) String biography,
        boolean inDirectory,
        @NotNull Visibility titleVisibility,
        @NotNull Visibility institutionVisibility,
        @NotNull Visibility countryVisibility,
        @NotNull Visibility languagesVisibility,
        @NotNull Visibility expertiseVisibility,
        @NotNull Visibility biographyVisibility,
        @NotNull Set<Language> languages,
        @NotNull Set<String> expertise,
        @NotNull Visibility photoVisibility) {

    /** A fresh profile: private, every field for network members only. */
    public static ProfileForm empty() {
        return new ProfileForm(null, null, null, null, false, Visibility.MEMBERS, Visibility.MEMBERS,
                Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS, Visibility.MEMBERS, Set.of(), Set.of(),
                Visibility.MEMBERS);
    }
}
