package org.healthequity.exchange.member;

import org.jspecify.annotations.Nullable;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An institution as the secretariat creates or edits it. */
public record InstitutionForm(
        @NotBlank @Size(max = 200) String name,
        @NotNull InstitutionType type,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @Nullable @Size(max = 300) @Pattern(regexp = "https://\\S+") String website,
        boolean himMember) {
}
