package org.healthequity.exchange.consultation;

import java.time.Instant;

/** One consultation in the secretariat's list. */
public record AdminConsultationRow(long id, String title, ConsultationScope scope, ConsultationPhase phase,
        Instant opensAt, Instant closesAt, long contributions) {
}
