package org.healthequity.exchange.member;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.db.Like;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The secretariat's tools: the list of all accounts, invitations to a network with a role, role changes, suspension
 * and staff notes. Every change is audited; changes of roles or status end the person's sessions so they take effect.
 */
@Service
@Validated
public class MemberAdministration {

    static final int NOTE_MAX = 2000;

    private final NamedParameterJdbcTemplate jdbc;
    private final AccountRepository accounts;
    private final MailOutbox mail;
    private final MailThrottle throttle;
    private final SessionTermination sessions;
    private final AuditLog audit;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final Translations translations;
    private final ApplicationEventPublisher events;
    private final AdministratorGuard administrators;

    MemberAdministration(NamedParameterJdbcTemplate jdbc, AccountRepository accounts, MailOutbox mail,
            MailThrottle throttle, SessionTermination sessions, AuditLog audit, ExchangeProperties properties,
            Clock clock, Translations translations, ApplicationEventPublisher events,
            AdministratorGuard administrators) {
        this.throttle = throttle;
        this.administrators = administrators;
        this.translations = translations;
        this.events = events;
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One page of all accounts (deleted ones left out), by name: three queries whatever the page size. */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional(readOnly = true)
    public List<AdminMemberRow> page(String filter, int offset, int limit) {
        MapSqlParameterSource parameters = filter(filter).addValue("limit", Math.max(1, Math.min(limit, 500)))
                .addValue("offset", Math.max(0, offset));
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

    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional(readOnly = true)
    public long count(String filter) {
        Long count = jdbc.queryForObject("""
                select count(*) from account where status <> 'DELETED'
                and (lower(email) like :text or lower(display_name) like :text)""", filter(filter), Long.class);
        return count == null ? 0 : count;
    }

    /**
     * Invites an address to a network with a role; the mailed link works once, for that address only. Beyond the mail
     * limit of the address the invitation is not sent (and the caller is not told, as for every mail limit).
     */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional
    public void invite(@NotBlank @Email @Size(max = AccountLimits.EMAIL_MAX) String email, Network network,
            NetworkRole role, Language language) {
        String address = AccountService.normalise(email);
        if (!throttle.allows("invitation", address)) {
            audit.record("member.invite", "invitation", address, AuditOutcome.DENIED, "mail limit reached");
            return;
        }
        String secret = AccountToken.newSecret();
        Instant now = clock.instant();
        jdbc.update("""
                insert into invitation (email, network, role, token_hash, invited_by, created_at, expires_at)
                values (:email, :network, :role, :hash, :by, :now, :expires)""", new MapSqlParameterSource()
                .addValue("email", address).addValue("network", network.name()).addValue("role", role.name())
                .addValue("hash", AccountToken.hash(secret)).addValue("by", CurrentUser.require().accountId())
                .addValue("now", Timestamp.from(now))
                .addValue("expires", Timestamp.from(now.plus(properties.tokenValidity().multipliedBy(7)))));
        mail.queue(address, language, "invitation",
                translations.get(network.messageKey(), language),
                properties.link("/invitations/accept?token=" + secret),
                Math.max(1, properties.tokenValidity().multipliedBy(7).toDays()));
        audit.record("member.invite", "invitation", address, AuditOutcome.SUCCESS, network + " " + role);
    }

    /**
     * Sets the portal roles of an account; the person's sessions end so the change applies at once. Only an
     * administrator grants ADMIN or changes the roles of an administrator, and the last active administrator keeps
     * the role.
     */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional
    public void setRoles(long accountId, Set<Role> roles) {
        boolean grantsAdmin = roles.contains(Role.ADMIN);
        if (grantsAdmin && !CurrentUser.require().hasRole(Role.ADMIN)) {
            audit.recordIndependently(CurrentUser.actorName(), "member.roles", "account", accountId,
                    AuditOutcome.DENIED, "only administrators grant ADMIN");
            throw new org.springframework.security.access.AccessDeniedException("Only administrators grant ADMIN");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        administrators.requireAdministratorToChange(accountId, "member.roles");
        if (!grantsAdmin && administrators.holdsAdmin(accountId)) {
            administrators.keepAnActiveAdministrator(accountId, "member.roles");
        }
        MapSqlParameterSource id = new MapSqlParameterSource("id", accountId);
        jdbc.update("delete from account_role where account_id = :id", id);
        for (Role role : roles) {
            jdbc.update("insert into account_role (account_id, role) values (:id, :role)",
                    new MapSqlParameterSource("id", accountId).addValue("role", role.name()));
        }
        sessions.endSessions(account.email(), null);
        audit.record("member.roles", "account", accountId, AuditOutcome.SUCCESS, roles.toString());
    }

    /**
     * Suspends (no sign-in, sessions end) or reactivates an account. Only an administrator changes an administrator's
     * status, and the last active administrator cannot be suspended.
     */
    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional
    public void setSuspended(long accountId, boolean suspended) {
        Account account = accounts.findById(accountId).orElseThrow();
        if (account.id() == CurrentUser.require().accountId()) {
            throw new Refused("", "admin.members.not-yourself");
        }
        String action = suspended ? "member.suspend" : "member.reactivate";
        administrators.requireAdministratorToChange(accountId, action);
        if (suspended) {
            administrators.keepAnActiveAdministrator(accountId, action);
        }
        jdbc.update("update account set status = :status, version = version + 1 where id = :id and status <> 'DELETED'",
                new MapSqlParameterSource("id", accountId).addValue("status", suspended ? "SUSPENDED" : "ACTIVE"));
        if (suspended) {
            sessions.endSessions(account.email(), null);
            events.publishEvent(new AccountSuspended(accountId));
        }
        audit.record(action, "account", accountId, AuditOutcome.SUCCESS, null);
    }

    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional(readOnly = true)
    public List<StaffNote> notes(long accountId) {
        return jdbc.query("select id, author, text, created_at from staff_note where account_id = :id"
                + " order by created_at desc, id desc", new MapSqlParameterSource("id", accountId),
                (rs, i) -> new StaffNote(rs.getLong("id"), rs.getString("author"), rs.getString("text"),
                        rs.getTimestamp("created_at").toInstant()));
    }

    @RolesAllowed({ Role.SECRETARIAT_NAME, Role.ADMIN_NAME })
    @Transactional
    public void addNote(long accountId, @NotBlank @Size(max = NOTE_MAX) String text) {
        jdbc.update("insert into staff_note (account_id, author, text, created_at) values (:id, :author, :text, :now)",
                new MapSqlParameterSource("id", accountId).addValue("author", CurrentUser.actorName())
                        .addValue("text", text.strip()).addValue("now", Timestamp.from(clock.instant())));
        audit.record("member.note", "account", accountId, AuditOutcome.SUCCESS, null);
    }

    /**
     * Accepts an invitation for the signed-in person, who must be the invited address: they join the network with
     * the invited role and receive the matching portal role.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public InvitationOutcome accept(String secret) {
        var me = CurrentUser.require();
        List<Map<String, Object>> found = jdbc.queryForList("""
                select id, email, network, role, expires_at, accepted_at from invitation
                where token_hash = :hash for update""", new MapSqlParameterSource("hash", AccountToken.hash(secret)));
        if (found.isEmpty() || found.getFirst().get("accepted_at") != null) {
            audit.record("member.invitation-accept", "invitation", found.isEmpty() ? null : found.getFirst().get("id"),
                    AuditOutcome.DENIED, "link invalid");
            return InvitationOutcome.INVALID;
        }
        Map<String, Object> invitation = found.getFirst();
        if (!clock.instant().isBefore(((Timestamp) invitation.get("expires_at")).toInstant())) {
            audit.record("member.invitation-accept", "invitation", invitation.get("id"), AuditOutcome.DENIED,
                    "link expired");
            return InvitationOutcome.EXPIRED;
        }
        if (!((String) invitation.get("email")).equalsIgnoreCase(me.getUsername())) {
            audit.recordIndependently(me.getUsername(), "member.invitation-accept", "invitation",
                    invitation.get("id"), AuditOutcome.DENIED, "invited address differs");
            return InvitationOutcome.OTHER_ADDRESS;
        }
        NetworkRole role = NetworkRole.valueOf((String) invitation.get("role"));
        MapSqlParameterSource parameters = new MapSqlParameterSource("id", me.accountId())
                .addValue("network", invitation.get("network")).addValue("role", role.name())
                .addValue("now", Timestamp.from(clock.instant())).addValue("invitation", invitation.get("id"))
                .addValue("portalRole", role.portalRole().name());
        jdbc.update("""
                insert into network_membership (account_id, network, role, joined_at) values (:id, :network, :role, :now)
                on conflict (account_id, network) do update set role = excluded.role""", parameters);
        jdbc.update("""
                insert into account_role (account_id, role) values (:id, :portalRole) on conflict do nothing""",
                parameters);
        jdbc.update("update invitation set accepted_at = :now, accepted_by = :id where id = :invitation", parameters);
        audit.record("member.invitation-accept", "invitation", invitation.get("id"), AuditOutcome.SUCCESS,
                invitation.get("network") + " " + role);
        return InvitationOutcome.ACCEPTED;
    }

    private static MapSqlParameterSource filter(String filter) {
        return new MapSqlParameterSource("text", Like.contains(filter));
    }
}
