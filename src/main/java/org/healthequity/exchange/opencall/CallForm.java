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
        @Min(CYCLE_MIN) @Max(CYCLE_MAX) int cycle,
        @NotBlank @Size(max = OpenCall.TITLE_MAX) String title,
        @Size(max = OpenCall.TEXT_MAX) String description,
        @Size(max = OpenCall.TEXT_MAX) String terms,
        @NotBlank @Size(max = TIME_ZONE_MAX) String timeZone,
        @NotNull LocalDateTime opens,
        @NotNull LocalDateTime closes,
        @NotNull @Valid CallDefinition definition) {

    /** The longest title and the longest description or terms, for the forms that edit them. */
    public static final int TITLE_MAX = OpenCall.TITLE_MAX;
    public static final int TEXT_MAX = OpenCall.TEXT_MAX;

    /** The cycles a call may have; the table's check ({@code cycle between 2000 and 2200}) says the same. */
    public static final int CYCLE_MIN = 2000;
    public static final int CYCLE_MAX = 2200;

    /** As long as the table's {@code time_zone varchar(64)}. */
    public static final int TIME_ZONE_MAX = 64;
}
