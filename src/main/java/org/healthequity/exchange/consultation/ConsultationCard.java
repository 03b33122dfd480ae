package org.healthequity.exchange.consultation;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/** One consultation in a list: what it asks, who takes part (a network's code or a group's name), when and where. */
public record ConsultationCard(long id, String title, ConsultationScope scope, @Nullable String network,
        @Nullable String groupName, Instant opensAt, Instant closesAt, ConsultationPhase phase, long contributions,
        boolean synthesis) {
}
