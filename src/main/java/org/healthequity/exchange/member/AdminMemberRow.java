package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.shared.security.Role;

/** An account as the secretariat's member list shows it. */
public record AdminMemberRow(long id, String email, String name, AccountStatus status, Set<Role> roles,
        Map<Network, NetworkRole> networks, Instant createdAt) {
}
