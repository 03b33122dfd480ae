package org.healthequity.exchange.shared.ui;

import java.io.ByteArrayInputStream;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

/**
 * Every file the portal hands out goes through here: always as an attachment (never shown inline, so an uploaded
 * page or script can never run in the portal's origin), with {@code X-Content-Type-Options: nosniff}, a content type
 * from a fixed list (anything else is {@code application/octet-stream}) and a file name stripped of path parts and of
 * characters that could split or end the header. Vaadin writes the name RFC 6266 style ({@code filename*=UTF-8''...}
 * for names beyond ASCII).
 */
public final class FileDownload {

    static final String FALLBACK_NAME = "download";
    private static final String UNSAFE_IN_NAMES = "[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}\"<>:|?*;\\\\]";
    private static final int MAX_NAME = 200;
    private static final Set<String> SERVED_TYPES = Set.of("application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "image/png", "image/jpeg",
            "text/csv", "application/zip", "application/json", "text/calendar");

    /** A file to hand out: the name offered to the browser, its media type and its bytes. */
    public record Content(String fileName, String mediaType, byte[] bytes) {
    }

    private FileDownload() {
    }

    /** A download of what {@code source} gives at the time of the click; nothing there answers 404. */
    public static DownloadHandler of(SerializableSupplier<Optional<Content>> source) {
        return DownloadHandler.fromInputStream(event -> {
            event.getResponse().setHeader("X-Content-Type-Options", "nosniff");
            return source.get().map(FileDownload::response).orElseGet(() -> DownloadResponse.error(404));
        });
    }

    static DownloadResponse response(Content content) {
        return new DownloadResponse(new ByteArrayInputStream(content.bytes()), safeName(content.fileName()),
                safeType(content.mediaType()), content.bytes().length);
    }

    static String safeName(String name) {
        String base = name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll(UNSAFE_IN_NAMES, "").strip();
        while (base.startsWith(".")) {
            base = base.substring(1);
        }
        if (base.isBlank()) {
            return FALLBACK_NAME;
        }
        return base.length() > MAX_NAME ? base.substring(base.length() - MAX_NAME) : base;
    }

    static String safeType(String mediaType) {
        String type = mediaType.toLowerCase(Locale.ROOT).strip();
        return SERVED_TYPES.contains(type) ? type : "application/octet-stream";
    }
}
