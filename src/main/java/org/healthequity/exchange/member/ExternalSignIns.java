package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.ExternalIdentity;
import org.healthequity.exchange.shared.security.ExternalSignIn;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.UnknownExternalIdentityException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single sign-on's side of the accounts (ADR 0023): a stored link wins; else a verified address links to its account
 * once; an unverified address links to nobody. The account's state is checked as for a password sign-in.
 */
@Component
class ExternalSignIns implements ExternalSignIn {

    private final ExternalIdentityLinkRepository links;
    private final AccountRepository accounts;
    private final AuditLog audit;
    private final Clock clock;
    private final String unusableHash;

    ExternalSignIns(ExternalIdentityLinkRepository links, AccountRepository accounts, AuditLog audit, Clock clock,
            PasswordEncoder passwordEncoder) {
        this.links = links;
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
        this.unusableHash = passwordEncoder.encode(AccountToken.newSecret());
    }

    @Override
    @Transactional
    public ExchangeUser signIn(ExternalIdentity identity, boolean createUnknown) {
        Instant now = clock.instant();
        var link = links.findByIssuerAndSubject(identity.issuer(), identity.subject());
        Account account;
        if (link.isPresent()) {
            account = accounts.findByIdWithRoles(link.get().accountId()).orElseThrow(
                    () -> new UnknownExternalIdentityException(true));
            requireUsable(account);
            link.get().signedIn(now);
        } else {
            String email = identity.email();
            if (email == null || email.isBlank() || !identity.emailVerified()) {
                throw new UnknownExternalIdentityException(false);
            }
            var existing = accounts.findByEmailWithRoles(AccountService.normalise(email));
            if (existing.isPresent()) {
                account = existing.get();
                requireUsable(account);
            } else if (createUnknown) {
                account = create(identity, AccountService.normalise(email), now);
            } else {
                throw new UnknownExternalIdentityException(true);
            }
            links.save(new ExternalIdentityLink(account.id(), identity.issuer(), identity.subject(), account.email(),
                    now));
            audit.recordAs(account.email(), "account.sso-link", "account", account.id(), AuditOutcome.SUCCESS,
                    "issuer " + identity.issuer());
        }
        return withSessionRoles(account.toUser(unusableHash), identity.sessionRoles());
    }

    private static void requireUsable(Account account) {
        if (account.status() == AccountStatus.SUSPENDED) {
            throw new LockedException("Account suspended");
        }
        if (account.status() != AccountStatus.ACTIVE) {
            throw new DisabledException("Account not confirmed");
        }
    }

    /** An account for someone the provider vouches for and the portal does not know: an applicant, as if registered. */
    private Account create(ExternalIdentity identity, String email, Instant now) {
        String name = identity.displayName().isBlank() ? email.substring(0, Math.max(1, email.indexOf('@')))
                : identity.displayName().strip();
        Account account = new Account(email, name.substring(0, Math.min(name.length(), Account.NAME_MAX)), null,
                Language.ENGLISH, now);
        account.grant(Role.APPLICANT);
        account.confirm(now);
        accounts.save(account);
        audit.recordAs(email, "account.register", "account", account.id(), AuditOutcome.SUCCESS, "single sign-on");
        return account;
    }

    private static ExchangeUser withSessionRoles(ExchangeUser user, Set<Role> sessionRoles) {
        if (sessionRoles.isEmpty()) {
            return user;
        }
        Set<Role> roles = EnumSet.copyOf(sessionRoles);
        roles.addAll(user.roles());
        return new ExchangeUser(user.accountId(), user.getUsername(), user.displayName(), user.getPassword(),
                user.isEnabled(), !user.isAccountNonLocked(), roles, user.language(), user.timeZone());
    }
}
