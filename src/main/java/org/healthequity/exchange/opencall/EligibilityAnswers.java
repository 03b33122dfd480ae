package org.healthequity.exchange.opencall;

import java.util.Set;

import org.healthequity.exchange.member.InstitutionType;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What the applicant says about their institution, and the declarations they confirm (by key). */
public record EligibilityAnswers(
        @NotBlank @Size(max = CallApplication.INSTITUTION_MAX) String institutionName,
        @NotNull InstitutionType institutionType,
        @NotNull @Pattern(regexp = "[A-Z]{2}") String country,
        @NotNull Set<String> declarations) {

    public static final int INSTITUTION_MAX = CallApplication.INSTITUTION_MAX;

    public EligibilityAnswers {
        declarations = Set.copyOf(declarations);
    }
}
