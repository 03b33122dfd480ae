package org.healthequity.exchange.member;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;

import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Role;
import org.healthequity.exchange.shared.time.ViewerTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

@Entity
@Table(name = "account")
class Account {

    static final int EMAIL_MAX = 254;
    static final int NAME_MAX = 120;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false, length = EMAIL_MAX)
    private String email;

    @Column(nullable = false, length = NAME_MAX)
    private String displayName;

    /** Null until the person who proved they own the address chooses a password: nobody can sign in without one. */
    private @Nullable String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AccountStatus status;

    @Column(length = 5)
    private @Nullable String preferredLanguage;

    @Column(length = 64)
    private @Nullable String timeZone;

    @Column(nullable = false)
    private Instant createdAt;

    private @Nullable Instant confirmedAt;

    private @Nullable Instant passwordChangedAt;

    private @Nullable Instant deletedAt;

    @ElementCollection
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role")
    private Set<Role> roles = new HashSet<>();

    @Version
    private long version;

    @SuppressWarnings("NullAway.Init")
    protected Account() {
    }

    Account(String email, String displayName, @Nullable String passwordHash, Language language, Instant now) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.preferredLanguage = language.code();
        this.status = AccountStatus.PENDING;
        this.createdAt = now;
    }

    long id() {
        return id == null ? 0 : id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    AccountStatus status() {
        return status;
    }

    Set<Role> roles() {
        return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
    }

    Language language() {
        return Language.ofCode(preferredLanguage).orElse(Language.ENGLISH);
    }

    @Nullable
    ZoneId timeZone() {
        return ViewerTime.parse(timeZone);
    }

    void grant(Role role) {
        roles.add(role);
    }

    void confirm(Instant now) {
        if (status == AccountStatus.PENDING) {
            status = AccountStatus.ACTIVE;
            confirmedAt = now;
        }
    }

    void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
    }

    void rename(String name) {
        displayName = name.strip();
    }

    void chooseLanguage(Language language) {
        preferredLanguage = language.code();
    }

    void chooseTimeZone(@Nullable ZoneId zone) {
        timeZone = zone == null ? null : zone.getId();
    }

    /** Replaces everything that identifies the person by a pseudonym; the row stays for what others depend on. */
    void anonymise(String unusablePasswordHash, Instant now) {
        email = "deleted-" + id() + "@invalid.example";
        displayName = "Former member " + id();
        passwordHash = unusablePasswordHash;
        preferredLanguage = null;
        timeZone = null;
        roles.clear();
        status = AccountStatus.DELETED;
        deletedAt = now;
    }

    /** False for an account without a password, whatever was typed. */
    boolean passwordMatches(String password, PasswordEncoder encoder) {
        return passwordHash != null && encoder.matches(password, passwordHash);
    }

    /** @param unusableHash stands in for a missing password: a hash of a secret nobody knows, so nothing matches */
    ExchangeUser toUser(String unusableHash) {
        return new ExchangeUser(id(), email, displayName, passwordHash == null ? unusableHash : passwordHash,
                status != AccountStatus.PENDING && status != AccountStatus.DELETED,
                status == AccountStatus.SUSPENDED, roles(), language(), timeZone());
    }
}
