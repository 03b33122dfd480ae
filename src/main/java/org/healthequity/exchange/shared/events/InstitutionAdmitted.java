package org.healthequity.exchange.shared.events;

import java.time.Instant;

/**
 * An institution was admitted to a network with its representative (an accepted application of the open call). The
 * member module makes it so; the event lives here because the open call already reads the member module.
 *
 * @param network the network's code (GKNHE or HIM)
 * @param institutionType the name of a member InstitutionType
 * @param country ISO 3166 alpha-2
 */
public record InstitutionAdmitted(long applicationId, String network, long representativeAccountId,
        String institutionName, String institutionType, String country, Instant admittedAt) {
}
