package org.healthequity.exchange.opencall;

import java.util.Map;

/** A call's applications (submitted at least once) by country, WHO region and institution type; acceptance rate. */
public record CallStatistics(long applications, Map<String, Long> byCountry, Map<String, Long> byRegion,
        Map<String, Long> byInstitutionType, long accepted, long declined, long waitlisted, long ineligible) {

    /** Accepted among decided applications, 0–1; 0 when nothing is decided. */
    public double acceptanceRate() {
        long decided = accepted + declined + waitlisted;
        return decided == 0 ? 0 : (double) accepted / decided;
    }
}
