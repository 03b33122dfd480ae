package org.healthequity.exchange.member;

import org.healthequity.exchange.shared.security.Hashes;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import org.healthequity.exchange.shared.i18n.Language;
import org.jspecify.annotations.Nullable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A single-use, expiring secret sent by mail. The database keeps only its SHA-256 hash. */
@Entity
@Table(name = "account_token")
class AccountToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private @Nullable Long id;

    @Column(nullable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TokenPurpose purpose;

    @Column(nullable = false, unique = true, length = 64)
    private String tokenHash;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant expiresAt;

    private @Nullable Instant usedAt;

    @Column(length = Account.NAME_MAX)
    private @Nullable String displayName;

    @Column(length = 5)
    private @Nullable String language;

    @SuppressWarnings("NullAway.Init")
    protected AccountToken() {
    }

    AccountToken(long accountId, TokenPurpose purpose, String tokenHash, Instant now, Instant expiresAt) {
        this.accountId = accountId;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    /** A confirmation link that carries what was typed at the registration that sent it. */
    static AccountToken confirmation(long accountId, String tokenHash, String displayName, Language language,
            Instant now, Instant expiresAt) {
        AccountToken token = new AccountToken(accountId, TokenPurpose.CONFIRM_EMAIL, tokenHash, now, expiresAt);
        token.displayName = displayName;
        token.language = language.code();
        return token;
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String hash(String secret) {
        return Hashes.sha256Hex(secret);
    }

    long accountId() {
        return accountId;
    }

    Optional<String> displayName() {
        return Optional.ofNullable(displayName);
    }

    Optional<Language> language() {
        return Language.ofCode(language);
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    boolean expired(Instant now) {
        return usedAt == null && !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
