package org.healthequity.exchange.member;

import java.util.Map;
import java.util.Set;

/**
 * How far the networks reach, as anyone may see it: active members and Member States, and members per Member State
 * where at least {@value MemberFigures#SMALLEST_PUBLIC_COUNT} members are there; the Member States with fewer (but some)
 * are only named as such, so no one is picked out by a count of one or two.
 */
public record PublicReach(long members, long memberStates, long institutions, Map<String, Long> membersByCountry,
        Set<String> fewMembers) {
}
