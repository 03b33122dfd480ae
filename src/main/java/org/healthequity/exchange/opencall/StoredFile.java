package org.healthequity.exchange.opencall;

/** A file to download: the name to offer, its media type and its bytes. */
public record StoredFile(String fileName, String mediaType, byte[] content) {
}
