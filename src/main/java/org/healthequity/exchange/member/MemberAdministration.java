package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.i18n.Translations;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.healthequity.exchange.shared.security.StaffOnly;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

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

    public static final int NOTE_MAX = 2000;

    private final AccountRows rows;
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
    private final SearchChanges search;

    MemberAdministration(AccountRows rows, AccountRepository accounts, MailOutbox mail,
            MailThrottle throttle, SessionTermination sessions, AuditLog audit, ExchangeProperties properties,
            Clock clock, Translations translations, ApplicationEventPublisher events,
            AdministratorGuard administrators, SearchChanges search) {
        this.search = search;
        this.throttle = throttle;
        this.administrators = administrators;
        this.translations = translations;
        this.events = events;
        this.rows = rows;
        this.accounts = accounts;
        this.mail = mail;
        this.sessions = sessions;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** One page of all accounts (deleted ones left out), by name: three queries whatever the page size. */
    @StaffOnly
    @Transactional(readOnly = true)
    public List<AdminMemberRow> page(String filter, int offset, int limit) {
        return rows.adminPage(filter, Math.max(0, offset), Math.max(1, Math.min(limit, 500)));
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public long count(String filter) {
        return rows.adminCount(filter);
    }

    /**
     * Invites an address to a network with a role; the mailed link works once, for that address only. Beyond the mail
     * limit of the address the invitation is not sent (and the caller is not told, as for every mail limit).
     */
    @StaffOnly
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
        rows.insertInvitation(address, network, role, AccountToken.hash(secret), CurrentUser.require().accountId(),
                now, now.plus(properties.tokenValidity().multipliedBy(7)));
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
    @StaffOnly
    @Transactional
    public void setRoles(long accountId, Set<Role> roles) {
        boolean grantsAdmin = roles.contains(Role.ADMIN);
        if (grantsAdmin && !CurrentUser.require().hasRole(Role.ADMIN)) {
            audit.recordIndependently(CurrentUser.actorName(), "member.roles", "account", accountId,
                    AuditOutcome.DENIED, "only administrators grant ADMIN");
            throw new AccessDeniedException("Only administrators grant ADMIN");
        }
        Account account = accounts.findById(accountId).orElseThrow();
        administrators.requireAdministratorToChange(accountId, "member.roles");
        if (!grantsAdmin && administrators.holdsAdmin(accountId)) {
            administrators.keepAnActiveAdministrator(accountId, "member.roles");
        }
        rows.replaceRoles(accountId, roles);
        sessions.endSessions(account.email(), null);
        audit.record("member.roles", "account", accountId, AuditOutcome.SUCCESS, roles.toString());
    }

    /**
     * Suspends (no sign-in, sessions end) or reactivates an account. Only an administrator changes an administrator's
     * status, and the last active administrator cannot be suspended.
     */
    @StaffOnly
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
        rows.setSuspended(accountId, suspended);
        search.person(accountId);
        if (suspended) {
            sessions.endSessions(account.email(), null);
            events.publishEvent(new AccountSuspended(accountId));
        }
        audit.record(action, "account", accountId, AuditOutcome.SUCCESS, null);
    }

    @StaffOnly
    @Transactional(readOnly = true)
    public List<StaffNote> notes(long accountId) {
        return rows.notes(accountId);
    }

    @StaffOnly
    @Transactional
    public void addNote(long accountId, @NotBlank @Size(max = NOTE_MAX) String text) {
        rows.addNote(accountId, CurrentUser.actorName(), text.strip(), clock.instant());
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
        Optional<AccountRows.Invitation> found = rows.lockInvitation(AccountToken.hash(secret));
        if (found.isEmpty() || found.get().accepted()) {
            audit.record("member.invitation-accept", "invitation", found.map(AccountRows.Invitation::id).orElse(null),
                    AuditOutcome.DENIED, "link invalid");
            return InvitationOutcome.INVALID;
        }
        AccountRows.Invitation invitation = found.get();
        if (!clock.instant().isBefore(invitation.expiresAt())) {
            audit.record("member.invitation-accept", "invitation", invitation.id(), AuditOutcome.DENIED,
                    "link expired");
            return InvitationOutcome.EXPIRED;
        }
        if (!invitation.email().equalsIgnoreCase(me.getUsername())) {
            audit.recordIndependently(me.getUsername(), "member.invitation-accept", "invitation",
                    invitation.id(), AuditOutcome.DENIED, "invited address differs");
            return InvitationOutcome.OTHER_ADDRESS;
        }
        NetworkRole role = invitation.role();
        Instant now = clock.instant();
        rows.joinOrChangeRole(me.accountId(), Network.valueOf(invitation.network()), role, now);
        search.person(me.accountId());
        rows.grant(me.accountId(), role.portalRole());
        rows.markInvitationAccepted(invitation.id(), me.accountId(), now);
        audit.record("member.invitation-accept", "invitation", invitation.id(), AuditOutcome.SUCCESS,
                invitation.network() + " " + role);
        return InvitationOutcome.ACCEPTED;
    }
}
