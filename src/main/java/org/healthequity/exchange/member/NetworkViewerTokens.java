package org.healthequity.exchange.member;

import java.util.HashSet;
import java.util.Set;

import org.healthequity.exchange.search.ViewerTokens;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.springframework.stereotype.Component;

/**
 * What a signed-in person may see in search by who they are here: their own items ({@code "member:42"}) and their
 * networks' items ({@code "network:GKNHE"}); the secretariat and administrators see every network's. The tokens of
 * the directory levels they see ({@link Visibility#searchToken()}) choose which variant of a profile they find.
 */
@Component
class NetworkViewerTokens implements ViewerTokens {

    private final MemberContacts contacts;
    private final DirectoryService directory;

    NetworkViewerTokens(MemberContacts contacts, DirectoryService directory) {
        this.contacts = contacts;
        this.directory = directory;
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
        Visibility level = directory.levelOf(viewer);
        for (Visibility seen : Visibility.values()) {
            if (seen.visibleAt(level)) {
                tokens.add(seen.searchToken());
            }
        }
        return tokens;
    }
}
