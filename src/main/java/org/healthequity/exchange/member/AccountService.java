package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.EmailAddresses;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.security.SessionTermination;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;

/**
 * Accounts: self-registration with a confirmed address, password reset and change, and the person's preferences.
 * Answers never reveal whether an address has an account.
 */
@Service
@Validated
public class AccountService {

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

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
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
     * Creates an APPLICANT account waiting for its address to be confirmed and mails the confirmation link, where the
     * person who opens it chooses their password. The account has no password until then, so registering someone
     * else's address gains nothing. A pending address gets a further link (earlier ones stay valid, so nobody can
     * void the owner's link by registering again); an address with an account is told by mail instead. The caller
     * sees the same either way, and no path computes a password hash, so neither takes longer. Beyond the mail limits
     * of the address or of the caller's network address, nothing happens, and the caller still sees the same.
     */
    @PermitAll
    @Transactional
    public void register(@Valid Registration registration) {
        String email = normalise(registration.email());
        String name = registration.displayName().strip();
        if (!throttle.allows("register", email)) {
            audit.recordAs(email, "account.register", "account", null, AuditOutcome.DENIED, "mail limit reached");
            return;
        }
        Optional<Account> existing = accounts.findByEmailWithRoles(email);
        if (existing.isPresent()) {
            Account account = existing.get();
            if (account.status() == AccountStatus.PENDING) {
                sendConfirmation(account, name, registration.language());
            } else {
                mail.queue(account.email(), account.language(), "already-registered",
                        properties.link("/login"), properties.link("/password/forgot"));
            }
            audit.recordAs(email, "account.register", "account", account.id(), AuditOutcome.DENIED,
                    "address already registered");
            return;
        }
        Account account = new Account(email, name, null, registration.language(), clock.instant());
        account.grant(Role.APPLICANT);
        accounts.save(account);
        sendConfirmation(account, name, registration.language());
        audit.recordAs(email, "account.register", "account", account.id(), AuditOutcome.SUCCESS, null);
    }

    /**
     * Confirms an address from the mailed link and sets the password the person chose there: the account becomes
     * active under the name and language of the registration that sent this link. The link works once, and the
     * other open confirmation links of the account stop working.
     *
     * @throws Refused when the password breaks the policy (the link stays usable)
     */
    @PermitAll
    @Transactional
    public TokenOutcome confirmEmail(String secret, String newPassword) {
        Instant now = clock.instant();
        Optional<AccountToken> found = tokens.findForUse(AccountToken.hash(secret), TokenPurpose.CONFIRM_EMAIL);
        if (found.isEmpty() || !found.get().usable(now)) {
            return refusedToken(found, now, "account.confirm");
        }
        AccountToken token = found.get();
        Account account = accounts.findById(token.accountId()).orElseThrow();
        if (account.status() != AccountStatus.PENDING) {
            return TokenOutcome.INVALID;
        }
        policy.problem(newPassword, account.email()).ifPresent(key -> {
            throw new Refused("password", key);
        });
        token.use(now);
        tokens.voidOpen(account.id(), TokenPurpose.CONFIRM_EMAIL, now);
        token.displayName().ifPresent(account::rename);
        token.language().ifPresent(account::chooseLanguage);
        account.changePassword(passwordEncoder.encode(newPassword), now);
        account.confirm(now);
        audit.recordAs(account.email(), "account.confirm", "account", account.id(), AuditOutcome.SUCCESS, null);
        return TokenOutcome.DONE;
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

    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public AccountSettings mySettings() {
        Account account = me();
        return new AccountSettings(account.email(), account.displayName(), account.language(), account.timeZone());
    }

    /** Saves the language and time zone the signed-in person wants (a null zone means "my browser's"). */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void updatePreferences(Language language, @Nullable ZoneId timeZone) {
        Account account = me();
        account.chooseLanguage(language);
        account.chooseTimeZone(timeZone);
        audit.record("account.preferences", "account", account.id(), AuditOutcome.SUCCESS,
                language.code() + " " + (timeZone == null ? "browser" : timeZone.getId()));
    }

    /** Changes the name the signed-in person is shown under. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rename(@jakarta.validation.constraints.NotBlank
            @jakarta.validation.constraints.Size(max = AccountLimits.NAME_MAX) String name) {
        Account account = me();
        account.rename(name);
        audit.record("account.rename", "account", account.id(), AuditOutcome.SUCCESS, null);
    }

    /** Remembers a language picked in the header by the signed-in person. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public void rememberLanguage(String username, Language language) {
        accounts.findByEmailWithRoles(username).ifPresent(account -> account.chooseLanguage(language));
    }

    private Account me() {
        ExchangeUser user = CurrentUser.require();
        return accounts.findByEmailWithRoles(user.getUsername())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }

    /** An unknown, used or expired link is refused and audited (never with the secret itself). */
    private TokenOutcome refusedToken(Optional<AccountToken> token, Instant now, String action) {
        TokenOutcome outcome = token.isPresent() && token.get().expired(now) ? TokenOutcome.EXPIRED
                : TokenOutcome.INVALID;
        audit.recordAs(CurrentUser.actorName(), action, "account", token.map(AccountToken::accountId).orElse(null),
                AuditOutcome.DENIED, "link " + outcome.name().toLowerCase(Locale.ROOT));
        return outcome;
    }

    private void sendConfirmation(Account account, String name, Language language) {
        Instant now = clock.instant();
        String secret = AccountToken.newSecret();
        tokens.save(AccountToken.confirmation(account.id(), AccountToken.hash(secret), name, language, now,
                now.plus(properties.tokenValidity())));
        mail.queue(account.email(), language, "confirm-email", name,
                properties.link("/register/confirm?token=" + secret), hours());
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

    static String normalise(String email) {
        return EmailAddresses.normalise(email);
    }
}
