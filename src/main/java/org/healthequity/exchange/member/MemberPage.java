package org.healthequity.exchange.member;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/** A profile page: the card, the biography and e-mail where the viewer may see them, and the network roles. */
public record MemberPage(MemberCard card, @Nullable String biography, @Nullable String email,
        Map<Network, NetworkRole> networks) {
}
