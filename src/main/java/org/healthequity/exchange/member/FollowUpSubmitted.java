package org.healthequity.exchange.member;

import java.time.Instant;
import java.util.List;

import org.springframework.modulith.NamedInterface;

/**
 * A new member institution answered its follow-up form (ADR 0034): its representatives and focal points, one per
 * entry as written ("Name, e-mail"), and whether it consents to their being listed on its public page. The fact is
 * the member module's, which records it on the institution; the open call publishes it, as it does
 * {@link InstitutionAdmitted}.
 *
 * @param institutionType the name of an {@link InstitutionType}
 * @param country ISO 3166 alpha-2; with the name, it finds the institution the acceptance admitted
 */
@NamedInterface("api")
public record FollowUpSubmitted(long applicationId, String institutionName, String institutionType, String country,
        List<String> representatives, List<String> focalPoints, boolean consentToListing, Instant submittedAt) {

    public FollowUpSubmitted {
        representatives = List.copyOf(representatives);
        focalPoints = List.copyOf(focalPoints);
    }
}
