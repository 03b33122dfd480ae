package org.healthequity.exchange.opencall;

import java.time.Instant;
import java.time.ZoneId;

import org.healthequity.exchange.member.Network;

/**
 * The columns of a call that its summary shows, read as such for the public lists (the home page, {@code /calls}): no
 * description, terms or JSON definition read and converted per call, no entity kept by the persistence context.
 */
record CallSummaryRow(long id, Network network, int cycle, String title, CallStatus status, String timeZone,
        Instant opensAt, Instant closesAt) {

    CallSummary summary() {
        return new CallSummary(id, network, cycle, title, status, ZoneId.of(timeZone), opensAt, closesAt);
    }
}
