package org.healthequity.exchange.shared.security.oidc;

import java.util.List;

import org.healthequity.exchange.shared.security.Role;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class RoleMappingTest {

    @Test
    void mapsGroupsToRolesAsWrittenAndIgnoresOtherGroups() {
        RoleMapping mapping = RoleMapping.parse(
                " who-secretariat=SECRETARIAT , who-admins=admin,who-admins=SECRETARIAT,/him/steering=STEERING_COMMITTEE");

        assertThat(mapping.rolesFor(List.of("who-secretariat", "everyone"))).containsExactly(Role.SECRETARIAT);
        assertThat(mapping.rolesFor(List.of("who-admins"))).containsExactlyInAnyOrder(Role.ADMIN, Role.SECRETARIAT);
        assertThat(mapping.rolesFor(List.of("/him/steering"))).containsExactly(Role.STEERING_COMMITTEE);
        assertThat(mapping.rolesFor(List.of("WHO-SECRETARIAT"))).as("group names compare exactly").isEmpty();
    }

    @Test
    void anEmptyMappingGrantsNothing() {
        assertThat(RoleMapping.parse("  ").isEmpty()).isTrue();
        assertThat(RoleMapping.parse("").rolesFor(List.of("who-admins"))).isEmpty();
    }

    @Test
    void refusesMalformedMappingsNamingTheEntry() {
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("who-secretariat"))
                .withMessage("EXCHANGE_OIDC_ROLE_MAPPING: entry 1 ('who-secretariat') has no '=': write group=ROLE");
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("a=ADMIN,,b=MEMBER"))
                .withMessageStartingWith("EXCHANGE_OIDC_ROLE_MAPPING: entry 2 ('') is empty");
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("a=ADMIN,"))
                .withMessageStartingWith("EXCHANGE_OIDC_ROLE_MAPPING: entry 2 ('') is empty");
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("a=SECRETARIAT;b=ADMIN"))
                .withMessage("EXCHANGE_OIDC_ROLE_MAPPING: entry 1 ('a=SECRETARIAT;b=ADMIN') has more than one '=':"
                        + " separate the entries with commas");
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("=ADMIN"))
                .withMessage("EXCHANGE_OIDC_ROLE_MAPPING: entry 1 ('=ADMIN') names no group before '='");
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("who-admins=ADMINISTRATOR"))
                .withMessage("EXCHANGE_OIDC_ROLE_MAPPING: entry 1 ('who-admins=ADMINISTRATOR') names no portal role"
                        + " after '=' (the roles: APPLICANT, MEMBER, STEERING_COMMITTEE, SECRETARIAT, ADMIN)");
    }

    @Test
    void refusesToMapTheGroupLeadRoleWhichTheWorkingGroupsGive() {
        assertThatIllegalArgumentException().isThrownBy(() -> RoleMapping.parse("leads=GROUP_LEAD"))
                .withMessageContaining("GROUP_LEAD, which the portal gives while someone leads a working group");
    }
}
