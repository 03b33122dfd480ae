package org.healthequity.exchange.member;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

import org.healthequity.exchange.notification.MailOutbox;
import org.healthequity.exchange.notification.MailThrottle;
import org.healthequity.exchange.shared.ExchangeProperties;
import org.healthequity.exchange.shared.audit.AuditLog;
import org.healthequity.exchange.shared.audit.AuditOutcome;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.EmailAddresses;
import org.healthequity.exchange.shared.security.Role;
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
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Accounts: self-registration with a confirmed address, and the person's name and preferences. Passwords are
 * {@link AccountPasswords}'. Answers never reveal whether an address has an account.
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
    private final ApplicationEventPublisher events;
    private final ExchangeProperties properties;
    private final Clock clock;
    private final SearchChanges search;

    AccountService(AccountRepository accounts, AccountTokenRepository tokens, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, MailOutbox mail, MailThrottle throttle, AuditLog audit,
            ApplicationEventPublisher events, ExchangeProperties properties, Clock clock, SearchChanges search) {
        this.search = search;
        this.throttle = throttle;
        this.accounts = accounts;
        this.tokens = tokens;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.mail = mail;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
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
        // A listed profile is indexed in its owner's language.
        search.person(account.id());
        audit.record("account.preferences", "account", account.id(), AuditOutcome.SUCCESS,
                language.code() + " " + (timeZone == null ? "browser" : timeZone.getId()));
    }

    /** Changes the name the signed-in person is shown under. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void rename(@NotBlank @Size(max = AccountLimits.NAME_MAX) String name) {
        Account account = me();
        account.rename(name);
        search.renamed(account.id());
        audit.record("account.rename", "account", account.id(), AuditOutcome.SUCCESS, null);
    }

    /** Remembers a language picked in the header by the signed-in person. */
    @PreAuthorize("isAuthenticated() and #username == authentication.name")
    @Transactional
    public void rememberLanguage(String username, Language language) {
        accounts.findByEmailWithRoles(username).filter(account -> account.language() != language)
                .ifPresent(account -> {
                    account.chooseLanguage(language);
                    search.person(account.id());
                });
    }

    private Account me() {
        return SignedInAccounts.current(accounts);
    }

    private TokenOutcome refusedToken(Optional<AccountToken> token, Instant now, String action) {
        return SignedInAccounts.refusedToken(audit, token, now, action);
    }

    private void sendConfirmation(Account account, String name, Language language) {
        Instant now = clock.instant();
        String secret = AccountToken.newSecret();
        tokens.save(AccountToken.confirmation(account.id(), AccountToken.hash(secret), name, language, now,
                now.plus(properties.tokenValidity())));
        mail.queue(account.email(), language, "confirm-email", name,
                properties.link("/register/confirm?token=" + secret), hours());
    }

    private long hours() {
        return Math.max(1, properties.tokenValidity().toHours());
    }

    static String normalise(String email) {
        return EmailAddresses.normalise(email);
    }
}
