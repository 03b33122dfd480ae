package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.springframework.modulith.NamedInterface;

/**
 * Who a mail to many is for, over the networks' active members: each set narrows the audience, an empty set does not
 * narrow it. A person matches when they belong to one of the networks (either network when none is named) in one of
 * the roles, their profile's country is one of the countries and lies in one of the WHO regions, they named one of the
 * areas of expertise, and they read one of the languages (the account's language or one on their profile).
 */
@NamedInterface("api")
public record AudienceFilter(Set<Network> networks, Set<NetworkRole> roles, Set<String> regions, Set<String> countries,
        Set<String> expertise, Set<Language> languages) {

    public AudienceFilter {
        networks = Set.copyOf(networks);
        roles = Set.copyOf(roles);
        regions = Set.copyOf(regions);
        countries = Set.copyOf(countries);
        expertise = Set.copyOf(expertise);
        languages = Set.copyOf(languages);
    }

    /** Every subscribed member of both networks. */
    public static AudienceFilter everyone() {
        return new AudienceFilter(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());
    }

    /** The networks this audience draws on: those named, or both. */
    public Set<Network> networksOrAll() {
        return networks.isEmpty() ? Set.of(Network.values()) : networks;
    }
}
