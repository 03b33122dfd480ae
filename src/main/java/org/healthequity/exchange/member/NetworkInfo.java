package org.healthequity.exchange.member;

import java.util.List;

/** A network as its public page shows it. */
public record NetworkInfo(Network network, String contactEmail, String termsText, boolean termsPdf,
        List<String> secretariat, long members, long institutions) {
}
