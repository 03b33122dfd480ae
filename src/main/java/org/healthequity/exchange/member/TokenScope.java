package org.healthequity.exchange.member;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.springframework.modulith.NamedInterface;

/**
 * What a personal access token may read through the API, one scope per family of resources (ADR 0022): a token with
 * fewer scopes is refused elsewhere, whatever its member could see. The code is the OAuth-style name
 * ({@code read:library}) used in {@code WWW-Authenticate} and stored with the token.
 */
@NamedInterface("api")
public enum TokenScope {
    /** Published case studies. */
    LIBRARY("read:library"),
    /** Webinars and meetings. */
    EVENTS("read:events"),
    /** Open calls. */
    CALLS("read:calls"),
    /** Networks, institutions and the directory's public fields. */
    DIRECTORY("read:directory"),
    /** Full-text search across everything the member may see. */
    SEARCH("read:search");

    private final String code;

    TokenScope(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The bundle key of its name on the account page. */
    public String messageKey() {
        return "account.tokens.scope." + name().toLowerCase(Locale.ROOT);
    }

    public static Optional<TokenScope> ofCode(String code) {
        return Arrays.stream(values()).filter(scope -> scope.code.equals(code)).findFirst();
    }
}
