package org.healthequity.exchange.shared.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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

    private static final int MAX_ZIP_ENTRIES = 2000;

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

    public static Optional<FileKind> detect(byte[] content) {
        if (startsWith(content, "%PDF-".getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            return Optional.of(PDF);
        }
        if (startsWith(content, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
            return Optional.of(PNG);
        }
        if (startsWith(content, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(content, new byte[] {'P', 'K', 3, 4}) && isWordDocument(content)) {
            return Optional.of(DOCX);
        }
        return Optional.empty();
    }

    /** A Word document without macros: a ZIP holding word/document.xml and no VBA project. */
    private static boolean isWordDocument(byte[] content) {
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int entries = 0;
            while ((entry = zip.getNextEntry()) != null) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                String name = entry.getName();
                if (name.equals("word/document.xml")) {
                    document = true;
                }
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return document;
    }

    /**
     * A name safe to offer for download: the last path segment without control or reserved characters, its extension
     * the one of the detected kind, at most {@code maxLength} characters.
     */
    public String safeFileName(String name, String fallback, int maxLength) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>:|?*]", "").strip();
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
