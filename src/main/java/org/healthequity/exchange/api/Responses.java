package org.healthequity.exchange.api;

import java.util.Locale;
import java.util.regex.Pattern;

import org.healthequity.exchange.shared.security.Hashes;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers with an entity tag over the JSON the caller would receive, and with 304 when the caller's
 * {@code If-None-Match} names it. The tag is computed per caller, so a token that sees more never shares one with a
 * visitor; answers are private to the caller and vary by {@code Authorization}.
 */
@Component
class Responses {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_.-]{1,40}");

    private final JsonMapper json;

    Responses(JsonMapper json) {
        this.json = json;
    }

    <T> ResponseEntity<T> ok(WebRequest request, T body) {
        String tag = "\"" + Hashes.sha256Hex(new String(json.writeValueAsBytes(body),
                java.nio.charset.StandardCharsets.UTF_8)).substring(0, 32) + "\"";
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (request.checkNotModified(tag)) {
            return ResponseEntity.status(304).eTag(tag).cacheControl(CacheControl.noCache().cachePrivate())
                    .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT_LANGUAGE).build();
        }
        return answer.eTag(tag).cacheControl(CacheControl.noCache().cachePrivate())
                .header(HttpHeaders.VARY, HttpHeaders.AUTHORIZATION, HttpHeaders.ACCEPT_LANGUAGE).body(body);
    }

    /** A code parameter (theme, country, region) in upper case, or null; anything but letters and digits is refused. */
    static @Nullable String code(String parameter, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!CODE.matcher(value).matches()) {
            throw new BadParameter(parameter, "Expected a code of letters and digits.");
        }
        return value.toUpperCase(Locale.ROOT);
    }

    /** A facet value as given (a code, a year, an SDG target "3.8"); anything but letters, digits, _ . - is refused. */
    static String value(String parameter, String value) {
        if (!CODE.matcher(value).matches()) {
            throw new BadParameter(parameter, "Expected a code of letters and digits.");
        }
        return value;
    }

    static int limit(@Nullable Integer limit) {
        if (limit == null) {
            return 20;
        }
        if (limit < 1 || limit > 100) {
            throw new BadParameter("limit", "Expected a number from 1 to 100.");
        }
        return limit;
    }
}
