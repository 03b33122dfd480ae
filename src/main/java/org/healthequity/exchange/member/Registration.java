package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to create an account. */
public record Registration(
        @NotBlank @Size(max = AccountLimits.NAME_MAX) String displayName,
        @NotBlank @Email @Size(max = AccountLimits.EMAIL_MAX) String email,
        @NotNull @Size(min = PasswordPolicy.MIN_LENGTH, max = PasswordPolicy.MAX_LENGTH) String password,
        @NotNull Language language) {
}
