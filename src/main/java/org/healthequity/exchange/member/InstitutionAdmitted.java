package org.healthequity.exchange.member;

import java.time.Instant;

import org.springframework.modulith.NamedInterface;

/**
 * An institution was admitted to a network with its representative (an accepted application of the open call). The
 * fact belongs to the member module, which makes it so; the open call publishes it, as it already reads this module.
 *
 * @param network the network's code (GKNHE or HIM)
 * @param institutionType the name of an {@link InstitutionType}
 * @param country ISO 3166 alpha-2
 */
@NamedInterface("api")
public record InstitutionAdmitted(long applicationId, String network, long representativeAccountId,
        String institutionName, String institutionType, String country, Instant admittedAt) {
}
