package org.healthequity.exchange.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.healthequity.exchange.shared.security.Hashes;
import org.jspecify.annotations.Nullable;

/**
 * Where a page of a list in relevance order ended: an offset, tied to the search it belongs to by a fingerprint of its
 * query and filters, so a cursor of one search is refused by another. Relevance has no stable key to continue after
 * (scores change as the index does), so this cursor promises less than {@link Cursor}: a result may repeat or be
 * skipped when the index changes between two pages.
 */
record OffsetCursor(String list, int offset) {

    /** The deepest offset a list in relevance order is read to: beyond it, narrow the search. */
    static final int DEEPEST = 10_000;

    String encode() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((list + "|" + offset)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** The name of a list in relevance order: its kind and a fingerprint of what defines it. */
    static String list(String kind, String definition) {
        return kind + "~" + Hashes.sha256Hex(definition).substring(0, 16);
    }

    /** The offset the parameter names in {@code list}, 0 without one; a damaged or foreign one is refused. */
    static int decode(String list, @Nullable String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|");
            if (parts.length != 2 || !parts[0].equals(list)) {
                throw new BadParameter("cursor", "The cursor does not belong to this list (another search or order).");
            }
            int offset = Integer.parseInt(parts[1]);
            if (offset < 0 || offset > DEEPEST) {
                throw new BadParameter("cursor", "The cursor is damaged; use the one a page returned.");
            }
            return offset;
        } catch (IllegalArgumentException damaged) {
            throw new BadParameter("cursor", "The cursor is damaged; use the one a page returned.");
        }
    }
}
