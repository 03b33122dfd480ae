package org.healthequity.exchange.member;

import java.util.Set;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the portal administrable: only an administrator changes an administrator's account, and the last active
 * administrator can never lose the role, be suspended or be deleted. Two administrators removing each other at the
 * same moment are serialised by locking the rows of every active administrator first, so one of them is refused.
 */
@Component
class AdministratorGuard {

    private final AccountRows roles;
    private final AuditLog audit;

    AdministratorGuard(AccountRows roles, AuditLog audit) {
        this.roles = roles;
        this.audit = audit;
    }

    /** Whether the account holds ADMIN now (in the database, not in someone's session). */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean holdsAdmin(long accountId) {
        return roles.holdsAdmin(accountId);
    }

    /** Refuses (and audits) a change to an administrator's account made by anyone but an administrator. */
    @Transactional(propagation = Propagation.MANDATORY)
    void requireAdministratorToChange(long accountId, String action) {
        if (holdsAdmin(accountId) && !CurrentUser.require().hasRole(Role.ADMIN)) {
            audit.recordIndependently(CurrentUser.actorName(), action, "account", accountId, AuditOutcome.DENIED,
                    "only administrators change an administrator's account");
            throw new AccessDeniedException("Only administrators change an administrator's account");
        }
    }

    /**
     * Refuses a change that takes this account out of the active administrators when it is the last one. The lock is
     * held until the transaction ends, so a concurrent change waits and then counts what this one left.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void keepAnActiveAdministrator(long accountId, String action) {
        Set<Long> active = roles.lockActiveAdministrators();
        if (active.contains(accountId) && active.size() <= 1) {
            audit.recordIndependently(CurrentUser.actorName(), action, "account", accountId, AuditOutcome.DENIED,
                    "last active administrator");
            throw new Refused("", "admin.members.last-admin");
        }
    }
}
