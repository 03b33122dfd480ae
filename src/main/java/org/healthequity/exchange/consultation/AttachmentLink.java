package org.healthequity.exchange.consultation;

/** An attachment as a contribution lists it, to download by id. */
public record AttachmentLink(long id, String fileName) {
}
