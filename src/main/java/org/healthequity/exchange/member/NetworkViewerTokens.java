package org.healthequity.exchange.member;

import java.util.HashSet;
import java.util.Set;

import org.healthequity.exchange.search.ViewerTokens;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.stereotype.Component;

/**
 * What a signed-in person may see in search by who they are here: their own items ({@code "member:42"}) and their
 * networks' items ({@code "network:GKNHE"}); the secretariat and administrators see every network's.
 */
@Component
class NetworkViewerTokens implements ViewerTokens {

    private final MemberContacts contacts;

    NetworkViewerTokens(MemberContacts contacts) {
        this.contacts = contacts;
    }

    @Override
    public Set<String> tokens(ExchangeUser viewer) {
        Set<String> tokens = new HashSet<>();
        tokens.add("member:" + viewer.accountId());
        if (viewer.isStaff()) {
            for (Network network : Network.values()) {
                tokens.add("network:" + network.name());
            }
        } else {
            contacts.myNetworks().forEach(network -> tokens.add("network:" + network.name()));
        }
        return tokens;
    }
}
