package org.healthequity.exchange.casestudy;

/**
 * A file attached to a case study, as the page lists it.
 *
 * @param textExtracted whether the text of the file was extracted for search
 */
public record Attachment(long id, String fileName, String mediaType, long sizeBytes, boolean textExtracted) {
}
