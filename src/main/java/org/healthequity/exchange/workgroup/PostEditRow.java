package org.healthequity.exchange.workgroup;

import java.time.Instant;

/** An earlier text of a post (sanitized HTML), who replaced it and when. */
public record PostEditRow(String html, String editedBy, Instant editedAt) {
}
