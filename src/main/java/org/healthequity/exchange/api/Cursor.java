package org.healthequity.exchange.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;

import org.jspecify.annotations.Nullable;

/**
 * Where a page of a list ended: the sort key (an instant) and the id of its last item, as an opaque base64url text.
 * The list's name is part of it, so a cursor of one list is refused by another. A cursor is no secret: it only says
 * where to continue in a list the caller may read anyway.
 */
record Cursor(String list, Instant key, long id) {

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + "|" + key + "|" + id)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor of {@code list} in the parameter, or null without one; a damaged or foreign one is refused. */
    static @Nullable Cursor decode(String list, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 3 || !parts[0].equals(list)) {
                throw new BadParameter("cursor", "The cursor does not belong to this list.");
            }
            return new Cursor(list, Instant.parse(parts[1]), Long.parseLong(parts[2]));
        } catch (IllegalArgumentException | DateTimeParseException damaged) {
            throw new BadParameter("cursor", "The cursor is damaged; use the one a page returned.");
        }
    }
}
