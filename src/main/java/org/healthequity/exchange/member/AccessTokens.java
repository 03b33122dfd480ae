package org.healthequity.exchange.member;

import java.security.SecureRandom;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.healthequity.exchange.shared.security.CurrentUser;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.security.Hashes;
import org.healthequity.exchange.shared.validation.Refused;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.annotation.security.PermitAll;

/**
 * Personal access tokens for the read API (ADR 0022): a member creates one with a name, a lifetime and the scopes
 * (families of the API's resources) it may read, sees its secret once, and may revoke it. Only the SHA-256 of the
 * secret is stored; a presented secret is looked up by its hash. A token acts as its owner within its scopes, so it
 * never sees more than the owner does in the portal.
 */
@Service
@NamedInterface("api")
public class AccessTokens {

    public static final String PREFIX = "hex_";
    public static final int NAME_MAX = 80;
    /** The lifetimes a member may choose, in days. */
    public static final Set<Integer> LIFETIMES = Set.of(30, 90, 365);
    /** How many tokens one member may hold at once, revoked and expired ones not counted. */
    public static final int ACTIVE_MAX = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final NamedParameterJdbcTemplate jdbc;
    private final UserDetailsService users;
    private final Clock clock;

    AccessTokens(NamedParameterJdbcTemplate jdbc, UserDetailsService users, Clock clock) {
        this.jdbc = jdbc;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A new token of the signed-in member, valid for {@code days} days, for the API's resources of these scopes (at
     * least one); the secret is in the result only.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public CreatedAccessToken create(String name, int days, Set<TokenScope> scopes) {
        long me = CurrentUser.require().accountId();
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw new Refused("name", "account.tokens.name-required");
        }
        if (trimmed.length() > NAME_MAX) {
            throw new Refused("name", "account.tokens.name-too-long", NAME_MAX);
        }
        if (!LIFETIMES.contains(days)) {
            throw new Refused("lifetime", "account.tokens.lifetime-invalid");
        }
        if (scopes == null || scopes.isEmpty()) {
            throw new Refused("scopes", "account.tokens.scopes-required");
        }
        Set<TokenScope> granted = EnumSet.copyOf(scopes);
        Instant now = clock.instant();
        Integer active = jdbc.queryForObject("select count(*) from personal_access_token where account_id = :me"
                + " and revoked_at is null and expires_at > :now", new MapSqlParameterSource("me", me)
                .addValue("now", Timestamp.from(now)), Integer.class);
        if (active != null && active >= ACTIVE_MAX) {
            throw new Refused(Refused.WHOLE_FORM, "account.tokens.too-many", ACTIVE_MAX);
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = now.plus(Duration.ofDays(days));
        Long id = jdbc.queryForObject("insert into personal_access_token (account_id, name, secret_hash, created_at,"
                + " expires_at, scopes) values (:me, :name, :hash, :now, :expires, :scopes::text[]) returning id",
                new MapSqlParameterSource("me", me).addValue("name", trimmed).addValue("hash", Hashes.sha256Hex(secret))
                        .addValue("now", Timestamp.from(now)).addValue("expires", Timestamp.from(expires))
                        .addValue("scopes", codes(granted)), Long.class);
        AccessTokenInfo token = new AccessTokenInfo(id == null ? 0 : id, trimmed, now, expires, null, null, false,
                granted);
        return new CreatedAccessToken(token, secret);
    }

    /** The signed-in member's tokens, newest first, revoked and expired ones included. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<AccessTokenInfo> mine() {
        Instant now = clock.instant();
        return jdbc.query("select id, name, created_at, expires_at, last_used_at, revoked_at, scopes"
                + " from personal_access_token where account_id = :me order by created_at desc, id desc",
                new MapSqlParameterSource("me", CurrentUser.require().accountId()), (rs, i) -> new AccessTokenInfo(
                        rs.getLong("id"), rs.getString("name"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at")),
                        instant(rs.getTimestamp("revoked_at")),
                        !rs.getTimestamp("expires_at").toInstant().isAfter(now), scopes(rs.getArray("scopes"))));
    }

    /** Revokes one of the signed-in member's own tokens; another member's token is refused as if unknown. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke(long tokenId) {
        int changed = jdbc.update("update personal_access_token set revoked_at = coalesce(revoked_at, :now)"
                + " where id = :id and account_id = :me", new MapSqlParameterSource("id", tokenId)
                .addValue("me", CurrentUser.require().accountId()).addValue("now", Timestamp.from(clock.instant())));
        if (changed == 0) {
            throw new Refused("account.tokens.unknown");
        }
    }

    /**
     * The member a presented secret stands for, when it is a live token of an active account; notes its use. Anyone
     * may ask: the secret is the credential.
     */
    @PermitAll
    @Transactional
    public Optional<TokenHolder> authenticate(String secret) {
        if (!secret.startsWith(PREFIX) || secret.length() > 100) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        List<TokenHolder> found = jdbc.query("update personal_access_token t set last_used_at = :now"
                + " from account a where a.id = t.account_id and t.secret_hash = :hash and t.revoked_at is null"
                + " and t.expires_at > :now returning t.id, a.email, t.scopes", new MapSqlParameterSource("hash",
                        Hashes.sha256Hex(secret)).addValue("now", Timestamp.from(now)), (rs, i) -> holder(
                                rs.getLong("id"), rs.getString("email"), scopes(rs.getArray("scopes"))));
        return found.stream().filter(holder -> holder != null).findFirst();
    }

    private @org.jspecify.annotations.Nullable TokenHolder holder(long tokenId, String email,
            Set<TokenScope> scopes) {
        try {
            UserDetails user = users.loadUserByUsername(email);
            if (user instanceof ExchangeUser member && member.isEnabled() && member.isAccountNonLocked()) {
                return new TokenHolder(tokenId, member, scopes);
            }
        } catch (UsernameNotFoundException gone) {
            // The account went away between the lookup and the load: the token stands for nobody.
        }
        return null;
    }

    /** The codes as PostgreSQL's array literal ({@code {read:library,read:events}}): codes hold no comma or brace. */
    private static String codes(Set<TokenScope> scopes) {
        return scopes.stream().map(TokenScope::code).collect(Collectors.joining(",", "{", "}"));
    }

    /** The stored codes; one this version does not know (written by a later one) grants nothing. */
    private static Set<TokenScope> scopes(Array array) throws SQLException {
        Set<TokenScope> scopes = EnumSet.noneOf(TokenScope.class);
        for (Object code : (Object[]) array.getArray()) {
            TokenScope.ofCode(String.valueOf(code)).ifPresent(scopes::add);
        }
        return Collections.unmodifiableSet(scopes);
    }

    private static @org.jspecify.annotations.Nullable Instant instant(@org.jspecify.annotations.Nullable Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
