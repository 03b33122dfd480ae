package org.healthequity.exchange.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message's subject and plain-text body before it is sent, as a person may edit it. */
public record MailDraft(@NotBlank @Size(max = 200) String subject, @NotBlank @Size(max = 20_000) String body) {
}
