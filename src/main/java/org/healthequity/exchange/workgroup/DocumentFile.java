package org.healthequity.exchange.workgroup;

/** A document version's content for download. */
public record DocumentFile(String fileName, String mediaType, byte[] content) {
}
