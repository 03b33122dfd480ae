package org.healthequity.exchange.shared.files;

/**
 * What an uploaded file may unpack to, stated once for every place that accepts files. The limits bound what the server
 * itself decodes (pixels, inflated bytes, PDF streams and text), so a small hostile file cannot make it allocate
 * hundreds of megabytes; the byte size of each upload is the accepting module's own limit.
 */
public final class UploadLimits {

    /** An image is refused from its header alone above this many pixels (width times height). */
    public static final long MAX_IMAGE_PIXELS = 16_000_000L;
    /** Nor may either side exceed this, so a 16-megapixel strip of one pixel's height is refused too. */
    public static final int MAX_IMAGE_SIDE = 8000;

    /** A Word document (a ZIP) may hold at most this many entries. */
    public static final int MAX_ZIP_ENTRIES = 1000;
    /** All entries together may inflate to at most this many bytes, counted while inflating. */
    public static final long MAX_ZIP_INFLATED_BYTES = 100L * 1024 * 1024;
    /** An entry that has inflated past {@link #ZIP_RATIO_FLOOR} bytes may not be more than this many times its input. */
    public static final int MAX_ZIP_RATIO = 100;
    public static final long ZIP_RATIO_FLOOR = 1024L * 1024;

    /** PDFBox keeps at most this much of a document's scratch data in memory ... */
    public static final long PDF_MAIN_MEMORY_BYTES = 16L * 1024 * 1024;
    /** ... and at most this much in its temporary file. */
    public static final long PDF_TEMP_FILE_BYTES = 128L * 1024 * 1024;
    /** One stream of a PDF (page content, font, form) may decode to at most this many bytes ... */
    public static final long PDF_MAX_STREAM_BYTES = 32L * 1024 * 1024;
    /** ... and all its streams together to at most this many. */
    public static final long PDF_MAX_DECODED_BYTES = 256L * 1024 * 1024;
    /** Text is extracted from at most this many pages ... */
    public static final int PDF_MAX_PAGES = 300;
    /** ... and at most this many characters of it are kept. */
    public static final int PDF_MAX_TEXT_CHARS = 1_000_000;

    /**
     * What all uploads in flight may hold in memory together: each reserves its own byte limit before reading, and one
     * that finds too little left within {@link #UPLOAD_WAIT_MILLIS} is refused as busy rather than buffered.
     */
    public static final long MAX_BUFFERED_UPLOAD_BYTES = 256L * 1024 * 1024;
    public static final long UPLOAD_WAIT_MILLIS = 5000;

    private UploadLimits() {
    }

    /** The image limit in whole megapixels, for messages. */
    public static long maxImageMegapixels() {
        return MAX_IMAGE_PIXELS / 1_000_000;
    }
}
