package org.healthequity.exchange.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload cut off on the server at a size limit: Vaadin is told the limit, the declared size is checked first, and
 * the stream is never read past the limit, so an oversized file is neither buffered nor stored. The result is handed
 * to the UI under its lock.
 */
public final class LimitedUpload implements UploadHandler {

    private final long maxBytes;
    /** Receives an accepted upload with the file name the browser gave (for display only, never for storage). */
    @FunctionalInterface
    public interface NamedUpload extends java.io.Serializable {
        void accept(String fileName, byte[] content);
    }

    private final NamedUpload onUpload;
    private final SerializableRunnable onTooLarge;

    public LimitedUpload(long maxBytes, SerializableConsumer<byte[]> onUpload, SerializableRunnable onTooLarge) {
        this(maxBytes, (NamedUpload) (name, bytes) -> onUpload.accept(bytes), onTooLarge);
    }

    public LimitedUpload(long maxBytes, NamedUpload onUpload, SerializableRunnable onTooLarge) {
        this.maxBytes = maxBytes;
        this.onUpload = onUpload;
        this.onTooLarge = onTooLarge;
    }

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        Optional<byte[]> bytes = event.getFileSize() > maxBytes ? Optional.empty()
                : readAtMost(event.getInputStream(), maxBytes);
        if (bytes.isEmpty()) {
            event.reject();
            event.getUI().access(onTooLarge::run);
            return;
        }
        String fileName = event.getFileName() == null ? "" : event.getFileName();
        event.getUI().access(() -> onUpload.accept(fileName, bytes.get()));
    }

    @Override
    public long getFileSizeMax() {
        return maxBytes;
    }

    @Override
    public long getRequestSizeMax() {
        return maxBytes + 64 * 1024;
    }

    /** Reads the whole stream if it holds at most {@code maxBytes}; otherwise stops one byte past and says no. */
    static Optional<byte[]> readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
