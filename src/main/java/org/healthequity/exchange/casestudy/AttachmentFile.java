package org.healthequity.exchange.casestudy;

/** An attachment's content for a download, with the name and the type it was recognised as. */
public record AttachmentFile(String fileName, String mediaType, byte[] content) {
}
