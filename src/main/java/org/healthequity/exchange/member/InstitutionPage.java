package org.healthequity.exchange.member;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** An institution with the networks it belongs to and the representatives the viewer may see. */
public record InstitutionPage(long id, String name, InstitutionType type, String country, String countryName,
        String region, @Nullable String website, Set<Network> networks, List<MemberCard> representatives) {
}
