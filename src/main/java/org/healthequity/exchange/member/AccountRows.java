package org.healthequity.exchange.member;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.shared.db.Like;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member module's SQL on accounts and what hangs on them (ADR 0015): portal roles, network memberships,
 * invitations, staff notes, and the contact read models other modules ask {@link MemberContacts} for. The checks and
 * listeners that change roles without loading the account use it too ({@link AdministratorGuard},
 * {@link GroupLeadRoles}). Writes of a whole account go through {@link Account} and {@link AccountRepository}.
 */
@Component
class AccountRows {

    /** An invitation as stored, read for accepting it. */
    record Invitation(long id, String email, String network, NetworkRole role, Instant expiresAt, boolean accepted) {
    }

    private static final String ACTIVE_ADMINISTRATORS = """
            select a.id from account a
            where a.status = 'ACTIVE' and exists (select 1 from account_role r where r.account_id = a.id
                and r.role = 'ADMIN')
            order by a.id""";

    private final NamedParameterJdbcTemplate jdbc;

    AccountRows(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // Portal roles

    boolean holdsAdmin(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from account_role where account_id = :id and role = 'ADMIN')",
                new MapSqlParameterSource("id", accountId), Boolean.class));
    }

    /**
     * The active administrators, their account rows locked until the transaction ends. Read again once the locks
     * are held: under READ COMMITTED this statement sees what a transaction that held them before committed (a role
     * removed, an account suspended), which the locking statement may not.
     */
    Set<Long> lockActiveAdministrators() {
        jdbc.queryForList(ACTIVE_ADMINISTRATORS + " for update of a", new MapSqlParameterSource(), Long.class);
        List<Long> now = jdbc.queryForList(ACTIVE_ADMINISTRATORS, new MapSqlParameterSource(), Long.class);
        return new HashSet<>(now);
    }

    /** Gives an active account the role; whether it did not have it. */
    boolean grantIfActive(long accountId, Role role) {
        return jdbc.update("""
                insert into account_role (account_id, role)
                select id, :role from account where id = :account and status = 'ACTIVE'
                on conflict do nothing""", new MapSqlParameterSource("account", accountId)
                .addValue("role", role.name())) > 0;
    }

    /** Gives the account the role, whatever its status; nothing when it has it. */
    void grant(long accountId, Role role) {
        jdbc.update("insert into account_role (account_id, role) values (:account, :role) on conflict do nothing",
                new MapSqlParameterSource("account", accountId).addValue("role", role.name()));
    }

    /** Takes the role from the account; whether it had it. */
    boolean revoke(long accountId, Role role) {
        return jdbc.update("delete from account_role where account_id = :account and role = :role",
                new MapSqlParameterSource("account", accountId).addValue("role", role.name())) > 0;
    }

    /** Replaces all portal roles of the account. */
    void replaceRoles(long accountId, Set<Role> roles) {
        jdbc.update("delete from account_role where account_id = :id", new MapSqlParameterSource("id", accountId));
        for (Role role : roles) {
            jdbc.update("insert into account_role (account_id, role) values (:id, :role)",
                    new MapSqlParameterSource("id", accountId).addValue("role", role.name()));
        }
    }

    // Status

    /** Suspends or reactivates an account that is not deleted. */
    void setSuspended(long accountId, boolean suspended) {
        jdbc.update("update account set status = :status, version = version + 1 where id = :id and status <> 'DELETED'",
                new MapSqlParameterSource("id", accountId).addValue("status", suspended ? "SUSPENDED" : "ACTIVE"));
    }

    /** Whether an account with this address (compared in lower case) exists, whatever its status. */
    boolean emailTaken(String lowerCaseEmail) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from account where lower(email) = :email)",
                new MapSqlParameterSource("email", lowerCaseEmail), Boolean.class));
    }

    // Network memberships

    /** The networks the account belongs to. */
    Set<Network> networksOf(long accountId) {
        Set<Network> networks = EnumSet.noneOf(Network.class);
        jdbc.query("select network from network_membership where account_id = :id",
                new MapSqlParameterSource("id", accountId), rs -> {
                    networks.add(Network.valueOf(rs.getString("network")));
                });
        return networks;
    }

    /** The account's role in each network it belongs to. */
    Map<Network, NetworkRole> networkRolesOf(long accountId) {
        Map<Network, NetworkRole> networks = new EnumMap<>(Network.class);
        jdbc.query("select network, role from network_membership where account_id = :id",
                new MapSqlParameterSource("id", accountId), rs -> {
                    networks.put(Network.valueOf(rs.getString("network")), NetworkRole.valueOf(rs.getString("role")));
                });
        return networks;
    }

    /** Whether the account belongs to any network. */
    boolean inAnyNetwork(long accountId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from network_membership where account_id = :id)",
                new MapSqlParameterSource("id", accountId), Boolean.class));
    }

    /** Whether the two accounts share a network where {@code accountId} agreed to be contacted. */
    boolean contactableBy(long accountId, long viewerId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("""
                select exists (select 1 from network_membership mine join network_membership theirs
                                 on theirs.network = mine.network
                               where mine.account_id = :viewer and theirs.account_id = :id and theirs.consent_contact)
                """, new MapSqlParameterSource("id", accountId).addValue("viewer", viewerId), Boolean.class));
    }

    /** The account's consent to be contacted, per network it belongs to. */
    Map<Network, Boolean> contactConsent(long accountId) {
        Map<Network, Boolean> consent = new EnumMap<>(Network.class);
        jdbc.query("select network, consent_contact from network_membership where account_id = :id",
                new MapSqlParameterSource("id", accountId), rs -> {
                    consent.put(Network.valueOf(rs.getString("network")), rs.getBoolean("consent_contact"));
                });
        return consent;
    }

    void setContactConsent(long accountId, Network network, boolean contactable) {
        jdbc.update("update network_membership set consent_contact = :consent where account_id = :id"
                + " and network = :network", new MapSqlParameterSource("id", accountId)
                .addValue("network", network.name()).addValue("consent", contactable));
    }

    /** The directory consent of every membership follows the profile's opt-in. */
    void setDirectoryConsent(long accountId, boolean inDirectory) {
        jdbc.update("update network_membership set consent_directory = :consent where account_id = :id",
                new MapSqlParameterSource("id", accountId).addValue("consent", inDirectory));
    }

    /** Makes the account a member of the network with the role, or changes its role there. */
    void joinOrChangeRole(long accountId, Network network, NetworkRole role, Instant now) {
        jdbc.update("""
                insert into network_membership (account_id, network, role, joined_at) values (:id, :network, :role, :now)
                on conflict (account_id, network) do update set role = excluded.role""",
                new MapSqlParameterSource("id", accountId).addValue("network", network.name())
                        .addValue("role", role.name()).addValue("now", Timestamp.from(now)));
    }

    /**
     * Makes the representative of an admitted institution a member of the network (unless they are), gives them the
     * MEMBER role, and names the institution and country on their profile where it named none. Idempotent.
     */
    void admitRepresentative(long accountId, Network network, long institutionId, String country, Instant at) {
        MapSqlParameterSource p = new MapSqlParameterSource("account", accountId)
                .addValue("network", network.name()).addValue("institution", institutionId)
                .addValue("country", country).addValue("at", Timestamp.from(at))
                .addValue("role", Role.MEMBER.name());
        jdbc.update("""
                insert into network_membership (account_id, network, role, consent_directory, consent_contact, joined_at)
                values (:account, :network, 'MEMBER', false, false, :at) on conflict do nothing""", p);
        jdbc.update("insert into account_role (account_id, role) values (:account, :role) on conflict do nothing", p);
        jdbc.update("""
                insert into profile (account_id, institution_id, country, in_directory, updated_at)
                values (:account, :institution, :country, false, :at)
                on conflict (account_id) do update set institution_id = coalesce(profile.institution_id, :institution),
                    country = coalesce(profile.country, :country)""", p);
    }

    /**
     * Creates a pending account (no password yet) of an imported person, with the network's portal role, a profile
     * not in the directory, and the membership; returns its id.
     */
    long createImported(String email, String name, Language language, Network network, NetworkRole role,
            String country, @Nullable String title, @Nullable Long institutionId, Instant now) {
        MapSqlParameterSource p = new MapSqlParameterSource().addValue("email", email)
                .addValue("name", name).addValue("language", language.code())
                .addValue("now", Timestamp.from(now)).addValue("network", network.name()).addValue("role", role.name())
                .addValue("country", country).addValue("title", title).addValue("institution", institutionId);
        Long id = jdbc.queryForObject("""
                insert into account (email, display_name, status, preferred_language, created_at)
                values (:email, :name, 'PENDING', :language, :now) returning id""", p, Long.class);
        p.addValue("id", id).addValue("portalRole", role.portalRole().name());
        jdbc.update("insert into account_role (account_id, role) values (:id, :portalRole)", p);
        jdbc.update("""
                insert into profile (account_id, title, institution_id, country, updated_at)
                values (:id, :title, :institution, :country, :now)""", p);
        jdbc.update("""
                insert into network_membership (account_id, network, role, joined_at)
                values (:id, :network, :role, :now)""", p);
        return id;
    }

    // Invitations

    void insertInvitation(String email, Network network, NetworkRole role, String tokenHash, long invitedBy,
            Instant now, Instant expires) {
        jdbc.update("""
                insert into invitation (email, network, role, token_hash, invited_by, created_at, expires_at)
                values (:email, :network, :role, :hash, :by, :now, :expires)""", new MapSqlParameterSource()
                .addValue("email", email).addValue("network", network.name()).addValue("role", role.name())
                .addValue("hash", tokenHash).addValue("by", invitedBy)
                .addValue("now", Timestamp.from(now)).addValue("expires", Timestamp.from(expires)));
    }

    /** The invitation of a token, locked until the transaction ends. */
    Optional<Invitation> lockInvitation(String tokenHash) {
        return jdbc.query("""
                select id, email, network, role, expires_at, accepted_at from invitation
                where token_hash = :hash for update""", new MapSqlParameterSource("hash", tokenHash),
                (rs, i) -> new Invitation(rs.getLong("id"), rs.getString("email"), rs.getString("network"),
                        NetworkRole.valueOf(rs.getString("role")), rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("accepted_at") != null))
                .stream().findFirst();
    }

    void markInvitationAccepted(long invitationId, long accountId, Instant now) {
        jdbc.update("update invitation set accepted_at = :now, accepted_by = :id where id = :invitation",
                new MapSqlParameterSource("id", accountId).addValue("invitation", invitationId)
                        .addValue("now", Timestamp.from(now)));
    }

    // Staff notes

    List<StaffNote> notes(long accountId) {
        return jdbc.query("select id, author, text, created_at from staff_note where account_id = :id"
                + " order by created_at desc, id desc", new MapSqlParameterSource("id", accountId),
                (rs, i) -> new StaffNote(rs.getLong("id"), rs.getString("author"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()));
    }

    void addNote(long accountId, String author, String text, Instant now) {
        jdbc.update("insert into staff_note (account_id, author, text, created_at) values (:id, :author, :text, :now)",
                new MapSqlParameterSource("id", accountId).addValue("author", author)
                        .addValue("text", text).addValue("now", Timestamp.from(now)));
    }

    // The secretariat's list of accounts

    /** One page of all accounts (deleted ones left out), by name: three queries whatever the page size. */
    List<AdminMemberRow> adminPage(String filter, int offset, int limit) {
        MapSqlParameterSource parameters = filter(filter).addValue("limit", limit).addValue("offset", offset);
        List<Map<String, Object>> rows = jdbc.queryForList("""
                select id, email, display_name, status, created_at from account
                where status <> 'DELETED' and (lower(email) like :text or lower(display_name) like :text)
                order by lower(display_name), id limit :limit offset :offset""", parameters);
        if (rows.isEmpty()) {
            return List.of();
        }
        MapSqlParameterSource ids = new MapSqlParameterSource("ids",
                rows.stream().map(r -> ((Number) r.get("id")).longValue()).toList());
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.query("select account_id, role from account_role where account_id in (:ids)", ids, rs -> {
            long account = rs.getLong("account_id");
            roles.computeIfAbsent(account, k -> EnumSet.noneOf(Role.class)).add(Role.valueOf(rs.getString("role")));
        });
        Map<Long, Map<Network, NetworkRole>> networks = new HashMap<>();
        jdbc.query("select account_id, network, role from network_membership where account_id in (:ids)", ids, rs -> {
            long account = rs.getLong("account_id");
            networks.computeIfAbsent(account, k -> new EnumMap<>(Network.class))
                    .put(Network.valueOf(rs.getString("network")), NetworkRole.valueOf(rs.getString("role")));
        });
        return rows.stream().map(r -> {
            long id = ((Number) r.get("id")).longValue();
            return new AdminMemberRow(id, (String) r.get("email"), (String) r.get("display_name"),
                    AccountStatus.valueOf((String) r.get("status")), roles.getOrDefault(id, Set.of()),
                    networks.getOrDefault(id, Map.of()), ((Timestamp) r.get("created_at")).toInstant());
        }).toList();
    }

    long adminCount(String filter) {
        Long count = jdbc.queryForObject("""
                select count(*) from account where status <> 'DELETED'
                and (lower(email) like :text or lower(display_name) like :text)""", filter(filter), Long.class);
        return count == null ? 0 : count;
    }

    private static MapSqlParameterSource filter(String filter) {
        return new MapSqlParameterSource("text", Like.contains(filter));
    }

    // What other modules may know of a person (MemberContacts)

    Map<Long, String> names(Collection<Long> accountIds) {
        Map<Long, String> names = new HashMap<>();
        jdbc.query("select id, display_name from account where id in (:ids)",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)), rs -> {
                    names.put(rs.getLong("id"), rs.getString("display_name"));
                });
        return names;
    }

    Set<Long> listedInDirectory(Collection<Long> accountIds) {
        Set<Long> listed = new HashSet<>();
        jdbc.query("select a.id from account a join profile p on p.account_id = a.id"
                + " where a.id in (:ids) and a.status = 'ACTIVE' and p.in_directory",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)), rs -> {
                    listed.add(rs.getLong("id"));
                });
        return listed;
    }

    Map<Long, MemberContacts.Recipient> activeRecipients(Collection<Long> accountIds) {
        Map<Long, MemberContacts.Recipient> found = new HashMap<>();
        jdbc.query("select id, email, display_name, preferred_language, time_zone from account"
                + " where id in (:ids) and status = 'ACTIVE'", new MapSqlParameterSource("ids", List.copyOf(accountIds)),
                rs -> {
                    found.put(rs.getLong("id"), new MemberContacts.Recipient(rs.getLong("id"), rs.getString("email"),
                            rs.getString("display_name"),
                            Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH),
                            ViewerTime.parse(rs.getString("time_zone"))));
                });
        return found;
    }

    /** How many active members of a network (of any when null) chose each time zone. */
    Map<ZoneId, Long> memberZones(@Nullable Network network) {
        return zoneCounts("select a.time_zone, count(distinct a.id) as people from account a"
                + " join network_membership m on m.account_id = a.id"
                + " where a.status = 'ACTIVE' and a.time_zone is not null"
                + " and (cast(:network as varchar) is null or m.network = :network) group by a.time_zone",
                new MapSqlParameterSource("network", network == null ? null : network.name()));
    }

    /** How many of the given active people chose each time zone. */
    Map<ZoneId, Long> zonesOf(Collection<Long> accountIds) {
        return zoneCounts("select a.time_zone, count(*) as people from account a"
                + " where a.id in (:ids) and a.status = 'ACTIVE' and a.time_zone is not null group by a.time_zone",
                new MapSqlParameterSource("ids", accountIds));
    }

    /** Counts per time zone from a query giving time_zone and people; zones no longer known are left out. */
    private Map<ZoneId, Long> zoneCounts(String sql, MapSqlParameterSource params) {
        Map<ZoneId, Long> zones = new HashMap<>();
        jdbc.query(sql, params, rs -> {
            ZoneId zone = ViewerTime.parse(rs.getString("time_zone"));
            if (zone != null) {
                zones.merge(zone, rs.getLong("people"), Long::sum);
            }
        });
        return zones;
    }

    /** The country of each given person's profile; people without one are left out. */
    /** The languages a person declared in their profile. */
    Set<Language> languagesOf(long accountId) {
        Set<Language> languages = EnumSet.noneOf(Language.class);
        jdbc.query("select language from profile_language where account_id = :id",
                new MapSqlParameterSource("id", accountId),
                rs -> {
                    Language.ofCode(rs.getString("language")).ifPresent(languages::add);
                });
        return languages;
    }

    Map<Long, String> countries(Collection<Long> accountIds) {
        Map<Long, String> countries = new HashMap<>();
        jdbc.query("select account_id, country from profile where account_id in (:ids) and country is not null",
                new MapSqlParameterSource("ids", List.copyOf(accountIds)), rs -> {
                    countries.put(rs.getLong("account_id"), rs.getString("country"));
                });
        return countries;
    }

    Optional<MemberContacts.Contact> activeContact(long accountId) {
        return jdbc.query("select id, email, display_name, preferred_language from account"
                + " where id = :id and status = 'ACTIVE'", new MapSqlParameterSource("id", accountId),
                (rs, i) -> contact(rs)).stream().findFirst();
    }

    Optional<MemberContacts.Contact> activeContactByEmail(String email) {
        return jdbc.query("select id, email, display_name, preferred_language from account"
                + " where lower(email) = lower(:email) and status = 'ACTIVE'",
                new MapSqlParameterSource("email", email), (rs, i) -> contact(rs)).stream().findFirst();
    }

    private static MemberContacts.Contact contact(ResultSet rs) throws SQLException {
        return new MemberContacts.Contact(rs.getLong("id"), rs.getString("email"), rs.getString("display_name"),
                Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH));
    }

    /** The active members of a network's steering committee with their affiliation, by name. */
    List<MemberContacts.Reviewer> steeringCommittee(Network network) {
        return jdbc.query("""
                select a.id, a.display_name, a.preferred_language, i.name as institution, p.country
                from network_membership m
                join account a on a.id = m.account_id and a.status = 'ACTIVE'
                left join profile p on p.account_id = a.id
                left join institution i on i.id = p.institution_id
                where m.network = :network and m.role = 'STEERING_COMMITTEE'
                order by a.display_name, a.id""", new MapSqlParameterSource("network", network.name()),
                (rs, i) -> new MemberContacts.Reviewer(rs.getLong("id"), rs.getString("display_name"),
                        rs.getString("institution"), rs.getString("country"),
                        Language.ofCode(rs.getString("preferred_language")).orElse(Language.ENGLISH)));
    }

    /** The roles and networks of an active account; empty for one that is pending, suspended, deleted or unknown. */
    Optional<MemberContacts.Standing> activeStanding(long accountId) {
        MapSqlParameterSource id = new MapSqlParameterSource("id", accountId);
        List<String> status = jdbc.queryForList("select status from account where id = :id", id, String.class);
        if (status.isEmpty() || !AccountStatus.ACTIVE.name().equals(status.getFirst())) {
            return Optional.empty();
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        jdbc.query("select role from account_role where account_id = :id", id, rs -> {
            roles.add(Role.valueOf(rs.getString("role")));
        });
        return Optional.of(new MemberContacts.Standing(roles, networksOf(accountId)));
    }
}
