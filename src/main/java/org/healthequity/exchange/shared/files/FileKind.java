package org.healthequity.exchange.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The kinds of attachment accepted, recognised by their content, never by the name or the type the browser claims: a
 * renamed executable or an HTML page called "report.pdf" is not a PDF.
 */
public enum FileKind {
    PDF("application/pdf", "pdf"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
    PNG("image/png", "png"),
    JPEG("image/jpeg", "jpg");

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The kind of a file, from its content. Images and Word documents are opened just far enough to know they are
     * safe to keep: an image's header is read (no pixel is decoded), a Word document's entries are inflated and
     * counted, never trusting the sizes they declare.
     *
     * @return empty when the content is none of the accepted kinds
     * @throws FileRefused when it is one of them but beyond {@link UploadLimits}
     */
    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return image(content, "png", PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return image(content, "jpeg", JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    private static Optional<FileKind> image(byte[] content, String format, FileKind kind) {
        return ImageFiles.header(content).filter(header -> header.format().equals(format))
                .map(header -> header.withinLimits()).map(header -> kind);
    }

    /**
     * A Word document without macros: a ZIP holding word/document.xml and no VBA project, whose entries inflate within
     * the limits. Every entry is inflated (that is how the ZIP is walked anyway) and its bytes counted as they come.
     */
    private static boolean isWordDocument(byte[] content) {
        boolean document = false;
        CountingInput counted = new CountingInput(content);
        try (ZipInputStream zip = new ZipInputStream(counted)) {
            byte[] buffer = new byte[8192];
            long total = 0;
            int entries = 0;
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > UploadLimits.MAX_ZIP_ENTRIES) {
                    throw new FileRefused(FileRefused.Reason.TOO_MANY_PARTS);
                }
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    document = true;
                }
                if (name.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return false;
                }
                long consumedAtStart = counted.consumed;
                long inflated = 0;
                for (int n; (n = zip.read(buffer)) > 0;) {
                    inflated += n;
                    total += n;
                    if (total > UploadLimits.MAX_ZIP_INFLATED_BYTES) {
                        throw new FileRefused(FileRefused.Reason.INFLATES_TOO_MUCH);
                    }
                    long input = Math.max(1, counted.consumed - consumedAtStart);
                    if (inflated > UploadLimits.ZIP_RATIO_FLOOR && inflated / input > UploadLimits.MAX_ZIP_RATIO) {
                        throw new FileRefused(FileRefused.Reason.INFLATES_TOO_MUCH);
                    }
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return document;
    }

    /** The archive's bytes, counting how many the inflater has taken: the real input of each entry. */
    private static final class CountingInput extends ByteArrayInputStream {

        long consumed;

        CountingInput(byte[] content) {
            super(content);
        }

        @Override
        public synchronized int read() {
            int b = super.read();
            if (b >= 0) {
                consumed++;
            }
            return b;
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            int n = super.read(b, off, len);
            if (n > 0) {
                consumed += n;
            }
            return n;
        }

        @Override
        public synchronized long skip(long n) {
            long skipped = super.skip(n);
            consumed += skipped;
            return skipped;
        }
    }

    /**
     * Characters never kept in a file name: controls (CR and LF would split a header), Unicode format characters (a
     * right-to-left override disguises the extension), line separators, and what Windows or a quoted header reserves.
     */
    private static final String UNSAFE_IN_NAMES = "[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>:|?*]";

    /**
     * A name safe to offer for download: the last path segment without control or reserved characters, its extension
     * the one of the detected kind, at most {@code maxLength} characters.
     */
    public String safeFileName(String name, String fallback, int maxLength) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll(UNSAFE_IN_NAMES, "").strip();
        int dot = base.lastIndexOf('.');
        String stem = dot > 0 ? base.substring(0, dot) : base;
        if (stem.isBlank()) {
            stem = fallback;
        }
        int room = maxLength - extension.length() - 1;
        return (stem.length() > room ? stem.substring(0, room) : stem) + "." + extension;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        if (content.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
