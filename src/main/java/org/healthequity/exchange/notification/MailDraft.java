package org.healthequity.exchange.notification;

import org.springframework.modulith.NamedInterface;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message's subject and plain-text body before it is sent, as a person may edit it. */
@NamedInterface("api")
public record MailDraft(@NotBlank @Size(max = MailDraft.SUBJECT_MAX) String subject,
        @NotBlank @Size(max = MailDraft.BODY_MAX) String body) {

    public static final int SUBJECT_MAX = 200;
    public static final int BODY_MAX = 20_000;
}
