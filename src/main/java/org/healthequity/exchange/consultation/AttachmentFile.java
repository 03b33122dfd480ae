package org.healthequity.exchange.consultation;

/** An attachment's content for a download. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
