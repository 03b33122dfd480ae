package org.healthequity.exchange.webinar;

import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.member.Network;
import org.jspecify.annotations.Nullable;

/**
 * Who a webinar is for: everyone (visitors included), or the members of one network. Working groups will add their
 * own audience once they exist.
 */
public enum Audience {
    PUBLIC(null), GKNHE(Network.GKNHE), HIM(Network.HIM);

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
