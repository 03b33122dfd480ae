package org.healthequity.exchange.member;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An institution as the secretariat creates or edits it. */
public record InstitutionForm(
        @NotBlank @Size(max = InstitutionForm.NAME_MAX) String name,
        @NotNull InstitutionType type,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @Nullable @Size(max = InstitutionForm.WEBSITE_MAX) @Pattern(regexp = "https://\\S+") String website,
        boolean himMember) {

    public static final int NAME_MAX = Institution.NAME_MAX;
    public static final int WEBSITE_MAX = Institution.WEBSITE_MAX;
}
