package org.healthequity.exchange.consultation;

/** A file a participant attaches to a contribution, as uploaded: the name their computer gave it and its bytes. */
public record AttachmentUpload(String fileName, byte[] content) {
}
