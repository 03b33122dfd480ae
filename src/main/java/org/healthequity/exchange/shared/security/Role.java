package org.healthequity.exchange.shared.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * What a person may do in the portal; one person may hold several. Visitors hold none. The string constants are for
 * {@code @RolesAllowed}, which takes compile-time constants.
 */
public enum Role {
    APPLICANT, MEMBER, GROUP_LEAD, STEERING_COMMITTEE, SECRETARIAT, ADMIN;

    public static final String APPLICANT_NAME = "APPLICANT";
    public static final String MEMBER_NAME = "MEMBER";
    public static final String GROUP_LEAD_NAME = "GROUP_LEAD";
    public static final String STEERING_COMMITTEE_NAME = "STEERING_COMMITTEE";
    public static final String SECRETARIAT_NAME = "SECRETARIAT";
    public static final String ADMIN_NAME = "ADMIN";

    /** Whether holding this role makes one staff: the secretariat and administrators see and moderate everything. */
    public boolean isStaff() {
        return this == SECRETARIAT || this == ADMIN;
    }

    public GrantedAuthority authority() {
        return new SimpleGrantedAuthority("ROLE_" + name());
    }
}
