package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.ZoneId;

import org.healthequity.exchange.member.Network;

/** A call as lists show it. */
public record CallSummary(long id, Network network, int cycle, String title, CallStatus status, ZoneId zone,
        Instant opensAt, Instant closesAt) {

    /** Whether the call takes submissions at this instant (the deadline's last millisecond included). */
    public boolean acceptsAt(Instant now) {
        return status == CallStatus.OPEN && !now.isBefore(opensAt) && !now.isAfter(closesAt);
    }
}
