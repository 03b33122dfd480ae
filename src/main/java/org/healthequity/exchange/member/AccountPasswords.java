package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Passwords: a reset by a mailed link, and a change by the signed-in person who knows the current one. Either ends
 * the person's sessions and tells them by mail. Answers never reveal whether an address has an account.
 */
@Service
public class AccountPasswords {

    private final AccountRepository accounts;
    private final AccountTokenRepository tokens;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final MailOutbox mail;
    private final MailThrottle throttle;
    private final AuditLog audit;
    private final SessionTermination sessions;
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final CurrentPassword currentPassword;

    AccountPasswords(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, MailOutbox mail, MailThrottle throttle, AuditLog audit, SessionTermination sessions,
            ApplicationEventPublisher events, ExchangeProperties properties, Clock clock,
            CurrentPassword currentPassword) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.mail = mail;
        this.audit = audit;
        this.sessions = sessions;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
        this.currentPassword = currentPassword;
    }

    /**
     * Mails a reset link if the address has an account; says nothing either way, nor when the address or the caller
     * asked too often (then no mail goes out).
     */
    @PermitAll
    @Transactional
    public void requestPasswordReset(String email, Language language) {
        if (!throttle.allows("password-reset", normalise(email))) {
            audit.recordAs(normalise(email), "account.reset-request", "account", null, AuditOutcome.DENIED,
                    "mail limit reached");
            return;
        }
        Optional<Account> account = accounts.findByEmailWithRoles(normalise(email));
        if (account.isEmpty() || account.get().status() == AccountStatus.SUSPENDED) {
            audit.recordAs(normalise(email), "account.reset-request", "account", null, AuditOutcome.DENIED,
                    "no active account");
            return;
        }
        Account found = account.get();
        String secret = issue(found, TokenPurpose.RESET_PASSWORD);
        mail.queue(found.email(), found.language(), "password-reset", found.displayName(),
                properties.link("/password/reset?token=" + secret), hours());
        audit.recordAs(found.email(), "account.reset-request", "account", found.id(), AuditOutcome.SUCCESS, null);
    }

    /** Sets a new password from a mailed link. Every session of the person ends. */
    @PermitAll
    @Transactional
    public TokenOutcome resetPassword(String secret, String newPassword) {
        Instant now = clock.instant();
        Optional<AccountToken> token = tokens.findForUse(AccountToken.hash(secret), TokenPurpose.RESET_PASSWORD);
        if (token.isEmpty() || !token.get().usable(now)) {
            return refusedToken(token, now, "account.reset-password");
        }
        Account account = accounts.findById(token.get().accountId()).orElseThrow();
        policy.problem(newPassword, account.email()).ifPresent(key -> {
            throw new Refused("password", key);
        });
        token.get().use(now);
        account.changePassword(passwordEncoder.encode(newPassword), now);
        // A reset proves the person owns the address, so a pending account is confirmed by it too.
        account.confirm(now);
        sessions.endSessions(account.email(), null);
        events.publishEvent(new PasswordChanged(account.id()));
        mail.queue(account.email(), account.language(), "password-changed", account.displayName(),
                properties.link("/password/forgot"));
        audit.recordAs(account.email(), "account.reset-password", "account", account.id(), AuditOutcome.SUCCESS,
                null);
        return TokenOutcome.DONE;
    }

    /**
     * Changes the signed-in person's password after checking the current one, and ends their other sessions.
     *
     * @param currentSessionId the session that made the change, which stays signed in
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void changePassword(String currentPasswordText, String newPassword, @Nullable String currentSessionId) {
        Account account = me();
        currentPassword.require(account, currentPasswordText, "account.change-password");
        policy.problem(newPassword, account.email()).ifPresent(key -> {
            throw new Refused("password", key);
        });
        account.changePassword(passwordEncoder.encode(newPassword), clock.instant());
        sessions.endSessions(account.email(), currentSessionId);
        events.publishEvent(new PasswordChanged(account.id()));
        mail.queue(account.email(), account.language(), "password-changed", account.displayName(),
                properties.link("/password/forgot"));
        audit.record("account.change-password", "account", account.id(), AuditOutcome.SUCCESS, null);
    }

    private Account me() {
        return SignedInAccounts.current(accounts);
    }

    private TokenOutcome refusedToken(Optional<AccountToken> token, Instant now, String action) {
        return SignedInAccounts.refusedToken(audit, token, now, action);
    }

    private String issue(Account account, TokenPurpose purpose) {
        Instant now = clock.instant();
        tokens.voidOpen(account.id(), purpose, now);
        String secret = AccountToken.newSecret();
        tokens.save(new AccountToken(account.id(), purpose, AccountToken.hash(secret), now,
                now.plus(properties.tokenValidity())));
        return secret;
    }

    private long hours() {
        return Math.max(1, properties.tokenValidity().toHours());
    }

    private static String normalise(String email) {
        return AccountService.normalise(email);
    }
}
