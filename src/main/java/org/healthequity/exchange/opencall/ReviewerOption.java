package org.healthequity.exchange.opencall;

import org.jspecify.annotations.Nullable;

/**
 * A member of the steering committee as a candidate reviewer of one application: their current load in this call
 * and, if any, the conflict of interest detected (bundle key), and whether the suggestion picks them. The overlap is
 * how many of the application's topics they declared as expertise; the applicant may have suggested them, or
 * excluded them with a reason (then the conflict is {@code opencall.conflict.excluded}).
 */
public record ReviewerOption(long accountId, String name, @Nullable String institution, @Nullable String country,
        int load, @Nullable String conflictKey, boolean assigned, boolean suggested, int overlap,
        boolean applicantSuggested, @Nullable String exclusionReason) {
}
