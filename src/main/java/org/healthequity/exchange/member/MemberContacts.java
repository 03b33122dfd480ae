package org.healthequity.exchange.member;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * What other modules may know of a person by account id: the name they sign their work with (public, as on a published
 * case study) and, for the secretariat's mail about a person's content, the address and language to write in.
 */
@Service
public class MemberContacts {

    /** Where and in which language to write to a person. */
    public record Contact(long accountId, String email, String displayName, Language language) {
    }

    /** Where, in which language and for which time zone to write to a person (the zone, if they chose one). */
    public record Recipient(long accountId, String email, String displayName, Language language,
            java.time.@org.jspecify.annotations.Nullable ZoneId zone) {
    }

    /** What an active person belongs to now: their portal roles and their networks. */
    public record Standing(Set<Role> roles, Set<Network> networks) {

        public boolean hasRole(Role role) {
            return roles.contains(role);
        }

        public boolean isStaff() {
            return roles.stream().anyMatch(Role::isStaff);
        }
    }

    private final NamedParameterJdbcTemplate jdbc;

    MemberContacts(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The display names of the given accounts, in one query; unknown ids are left out. */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        if (accountIds.isEmpty()) {
            return names;
        }
        jdbc.query("select id, display_name from account where id in (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)),
                rs -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }

    /**
     * Of the given accounts, the active people listed in the directory: the only people a signed-in person may name
     * (as a co-author, say), since only they can be found by name. Unknown and unlisted ids are left out alike.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Long> listedInDirectory(Collection<Long> accountIds) {
        java.util.Set<Long> listed = new java.util.HashSet<>();
        if (accountIds.isEmpty()) {
            return listed;
        }
        jdbc.query("select a.id from account a join profile p on p.account_id = a.id"
                + " where a.id in (:ids) and a.status = 'ACTIVE' and p.in_directory",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)), rs -> {
                    listed.add(rs.getLong("id"));
                });
        return listed;
    }

    /** The networks the signed-in person belongs to. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public java.util.Set<Network> myNetworks() {
        long me = CurrentUser.require().accountId();
        java.util.Set<Network> networks = java.util.EnumSet.noneOf(Network.class);
        jdbc.query("select network from network_membership where account_id = :id",
                new MapSqlParameterSource("id", me), rs -> {
                    networks.add(Network.valueOf(rs.getString("network")));
                });
        return networks;
    }

    /**
     * The address, language and time zone of active people, for mail a module sends them about what they take part in
     * (registrations, reminders, a working group's posts and digests), also from background jobs; closed accounts are
     * left out. Never for display.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Map<Long, Recipient> recipients(Collection<Long> accountIds) {
        Map<Long, Recipient> found = new HashMap<>();
        if (accountIds.isEmpty()) {
            return found;
        }
        jdbc.query("select id, email, display_name, preferred_language, time_zone from account"
                + " where id in (:ids) and status = 'ACTIVE'", new MapSqlParameterSource("ids", List.copyOf(accountIds)),
                rs -> {
                    found.put(rs.getLong("id"), new Recipient(rs.getLong("id"), rs.getString("email"),
                            rs.getString("display_name"),
                            Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                            org.healthequity.exchange.shared.time.ViewerTime.parse(rs.getString("time_zone"))));
                });
        return found;
    }

    /**
     * How many members of a network (of either network when none is given) chose each time zone: counts only, for
     * planning meetings at fair hours.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Map<java.time.ZoneId, Long> memberZones(@org.jspecify.annotations.Nullable Network network) {
        Map<java.time.ZoneId, Long> zones = new HashMap<>();
        jdbc.query("select a.time_zone, count(distinct a.id) as people from account a"
                + " join network_membership m on m.account_id = a.id"
                + " where a.status = 'ACTIVE' and a.time_zone is not null"
                + " and (cast(:network as varchar) is null or m.network = :network) group by a.time_zone",
                new MapSqlParameterSource("network", network == null ? null : network.name()), rs -> {
                    java.time.ZoneId zone = org.healthequity.exchange.shared.time.ViewerTime.parse(
                            rs.getString("time_zone"));
                    if (zone != null) {
                        zones.merge(zone, rs.getLong("people"), Long::sum);
                    }
                });
        return zones;
    }

    /**
     * How many of the given people (a working group's members) chose each time zone: counts only, for planning a
     * group's meetings at fair hours.
     */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME, Role.GROUP_LEAD_NAME})
    @Transactional(readOnly = true)
    public Map<java.time.ZoneId, Long> zonesOf(Collection<Long> accountIds) {
        Map<java.time.ZoneId, Long> zones = new HashMap<>();
        if (accountIds.isEmpty()) {
            return zones;
        }
        jdbc.query("select a.time_zone, count(*) as people from account a"
                + " where a.id in (:ids) and a.status = 'ACTIVE' and a.time_zone is not null group by a.time_zone",
                new MapSqlParameterSource("ids", accountIds), rs -> {
                    java.time.ZoneId zone = org.healthequity.exchange.shared.time.ViewerTime.parse(
                            rs.getString("time_zone"));
                    if (zone != null) {
                        zones.merge(zone, rs.getLong("people"), Long::sum);
                    }
                });
        return zones;
    }

    /** The country (ISO code) of each person's profile, for statistics; people without one are left out. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Map<Long, String> countries(Collection<Long> accountIds) {
        Map<Long, String> countries = new HashMap<>();
        if (accountIds.isEmpty()) {
            return countries;
        }
        jdbc.query("select account_id, country from profile where account_id in (:ids) and country is not null",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)), rs -> {
                    countries.put(rs.getLong("account_id"), rs.getString("country"));
                });
        return countries;
    }

    /** An active person's address and language, for mail the secretariat's decisions send; none for a closed account. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Optional<Contact> contact(long accountId) {
        return jdbc.query("select id, email, display_name, preferred_language from account"
                + " where id = :id and status = 'ACTIVE'", new MapSqlParameterSource("id", accountId),
                (rs, i) -> new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)))
                .stream().findFirst();
    }

    /** A member of a network's steering committee with the affiliation that conflicts of interest are judged by. */
    public record Reviewer(long accountId, String displayName, @org.jspecify.annotations.Nullable String institution,
            @org.jspecify.annotations.Nullable String country, Language language) {
    }

    /** The active members of a network's steering committee, by name, in one query. */
    @RolesAllowed({Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public List<Reviewer> steeringCommittee(Network network) {
        return jdbc.query("""
                select a.id, a.display_name, a.preferred_language, i.name as institution, p.country
                from network_membership m
                join account a on a.id = m.account_id and a.status = 'ACTIVE'
                left join profile p on p.account_id = a.id
                left join institution i on i.id = p.institution_id
                where m.network = :network and m.role = 'STEERING_COMMITTEE'
                order by a.display_name, a.id""", new MapSqlParameterSource("network", network.name()),
                (rs, i) -> new Reviewer(rs.getLong("id"), rs.getString("display_name"), rs.getString("institution"),
                        rs.getString("country"),
                        Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)));
    }

    /**
     * The active account of an address, for the steering committee and the secretariat naming a new group's leads.
     * It tells whether an address has an account, so it stays closed to members and group leads (who invite instead).
     */
    @RolesAllowed({Role.STEERING_COMMITTEE_NAME, Role.SECRETARIAT_NAME, Role.ADMIN_NAME})
    @Transactional(readOnly = true)
    public Optional<Contact> activeByEmail(String email) {
        return jdbc.query("select id, email, display_name, preferred_language from account"
                + " where lower(email) = lower(:email) and status = 'ACTIVE'",
                new MapSqlParameterSource("email", email.strip()),
                (rs, i) -> new Contact(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                        Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)))
                .stream().findFirst();
    }

    /**
     * The current roles and networks of an active person, for what a module serves them without a session (a calendar
     * feed behind a secret address); empty for an account that is pending, suspended or deleted.
     */
    @PermitAll
    @Transactional(readOnly = true)
    public Optional<Standing> standing(long accountId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", accountId);
        List<String> status = jdbc.queryForList("select status from account where id = :id", id, String.class);
        if (status.isEmpty() || !AccountStatus.ACTIVE.name().equals(status.getFirst())) {
            return Optional.empty();
        }
        java.util.Set<Role> roles = java.util.EnumSet.noneOf(Role.class);
        jdbc.query("select role from account_role where account_id = :id", id, rs -> {
            roles.add(Role.valueOf(rs.getString("role")));
        });
        java.util.Set<Network> networks = java.util.EnumSet.noneOf(Network.class);
        jdbc.query("select network from network_membership where account_id = :id", id, rs -> {
            networks.add(Network.valueOf(rs.getString("network")));
        });
        return Optional.of(new Standing(roles, networks));
    }
}
