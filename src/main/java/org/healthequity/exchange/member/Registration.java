package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.i18n.Language;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a person types to create an account; the password is chosen on the page the confirmation link opens. */
public record Registration(
        @NotBlank @Size(max = AccountLimits.NAME_MAX) String displayName,
        @NotBlank @Email @Size(max = AccountLimits.EMAIL_MAX) String email,
        @NotNull Language language) {
}
