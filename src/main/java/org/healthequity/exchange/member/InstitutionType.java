package org.healthequity.exchange.member;

import org.springframework.modulith.NamedInterface;

/** The kinds of institution the networks admit; reference data other modules use. */
@NamedInterface("reference")
public enum InstitutionType {
    MINISTRY, STATISTICS_OFFICE, PUBLIC_HEALTH_AGENCY, UNIVERSITY, RESEARCH_INSTITUTE, CIVIL_SOCIETY,
    INTERNATIONAL_ORGANIZATION, OTHER
}
