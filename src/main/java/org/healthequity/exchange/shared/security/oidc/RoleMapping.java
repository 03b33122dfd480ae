package org.healthequity.exchange.shared.security.oidc;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.security.Role;

/**
 * Which portal roles a provider group grants for a single-sign-on session, parsed from
 * {@code EXCHANGE_OIDC_ROLE_MAPPING}: {@code group=ROLE} pairs separated by commas, a group may appear more than once
 * ({@code who-secretariat=SECRETARIAT,who-admins=ADMIN}). Group names are compared exactly as the provider sends them
 * (Entra ID sends object ids, Keycloak names or paths such as {@code /who-secretariat}). A malformed mapping stops the
 * start with a message naming the entry.
 */
public final class RoleMapping {

    private static final String VARIABLE = "EXCHANGE_OIDC_ROLE_MAPPING";

    private final Map<String, Set<Role>> byGroup;

    private RoleMapping(Map<String, Set<Role>> byGroup) {
        this.byGroup = byGroup;
    }

    public static RoleMapping parse(String text) {
        Map<String, Set<Role>> byGroup = new LinkedHashMap<>();
        if (text.isBlank()) {
            return new RoleMapping(byGroup);
        }
        String[] entries = text.split(",", -1);
        for (int n = 0; n < entries.length; n++) {
            int i = n;
            String entry = entries[i].strip();
            int equals = entry.indexOf('=');
            if (entry.isEmpty()) {
                throw invalid(i, entry, "is empty (two commas in a row, or a comma at the end?)");
            }
            if (equals < 0) {
                throw invalid(i, entry, "has no '=': write group=ROLE");
            }
            if (entry.indexOf('=', equals + 1) >= 0) {
                throw invalid(i, entry, "has more than one '=': separate the entries with commas");
            }
            String group = entry.substring(0, equals).strip();
            String roleName = entry.substring(equals + 1).strip().toUpperCase(Locale.ROOT);
            if (group.isEmpty()) {
                throw invalid(i, entry, "names no group before '='");
            }
            Role role = Arrays.stream(Role.values()).filter(r -> r.name().equals(roleName)).findFirst()
                    .orElseThrow(() -> invalid(i, entry, "names no portal role after '=' (the roles: " + mappable()
                            + ")"));
            if (role == Role.GROUP_LEAD) {
                throw invalid(i, entry, "maps to GROUP_LEAD, which the portal gives while someone leads a working group"
                        + " (the roles: " + mappable() + ")");
            }
            byGroup.computeIfAbsent(group, g -> EnumSet.noneOf(Role.class)).add(role);
        }
        return new RoleMapping(byGroup);
    }

    /** The roles the given groups grant; unknown groups grant nothing. */
    public Set<Role> rolesFor(Collection<String> groups) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        groups.forEach(group -> roles.addAll(byGroup.getOrDefault(group, Set.of())));
        return roles;
    }

    public boolean isEmpty() {
        return byGroup.isEmpty();
    }

    private static String mappable() {
        return Arrays.stream(Role.values()).filter(role -> role != Role.GROUP_LEAD).map(Role::name)
                .collect(Collectors.joining(", "));
    }

    private static IllegalArgumentException invalid(int index, String entry, String problem) {
        return new IllegalArgumentException(VARIABLE + ": entry " + (index + 1) + " ('" + entry + "') " + problem);
    }
}
