package org.healthequity.exchange.webinar;

import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

/**
 * Who a webinar is for: everyone (visitors included), the members of one network, or the members of one working group
 * (the group's id is stored with the webinar).
 */
public enum Audience {
    PUBLIC(null), GKNHE(Network.GKNHE), HIM(Network.HIM), GROUP(null);

    private final @Nullable Network network;

    Audience(@Nullable Network network) {
        this.network = network;
    }

    public Optional<Network> network() {
        return Optional.ofNullable(network);
    }

    public String messageKey() {
        return "webinar.audience." + name().toLowerCase(Locale.ROOT);
    }
}
