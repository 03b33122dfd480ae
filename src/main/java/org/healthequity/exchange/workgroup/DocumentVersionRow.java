package org.healthequity.exchange.workgroup;

import java.time.Instant;

/** One uploaded version of a document. */
public record DocumentVersionRow(long id, int number, String fileName, long sizeBytes, String uploadedBy,
        Instant uploadedAt) {
}
