package org.healthequity.exchange.opencall;

import java.time.LocalDateTime;

import org.healthequity.exchange.member.Network;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A call as the secretariat edits it. Opening and closing are wall-clock times in the call's time zone; the service
 * turns them into instants and refuses a time that does not exist or is ambiguous there.
 */
public record CallForm(
        @NotNull Network network,
        @Min(2000) @Max(2200) int cycle,
        @NotBlank @Size(max = OpenCall.TITLE_MAX) String title,
        @Size(max = OpenCall.TEXT_MAX) String description,
        @Size(max = OpenCall.TEXT_MAX) String terms,
        @NotBlank @Size(max = 64) String timeZone,
        @NotNull LocalDateTime opens,
        @NotNull LocalDateTime closes,
        @NotNull @Valid CallDefinition definition) {

    /** The longest title and the longest description or terms, for the forms that edit them. */
    public static final int TITLE_MAX = OpenCall.TITLE_MAX;
    public static final int TEXT_MAX = OpenCall.TEXT_MAX;
}
