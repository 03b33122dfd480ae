package org.healthequity.exchange.opencall;

import java.time.Instant;

/** A file answering one of the form's FILE questions. */
public record ApplicationFileInfo(long id, String question, String fileName, String mediaType, long sizeBytes,
        Instant uploadedAt) {
}
