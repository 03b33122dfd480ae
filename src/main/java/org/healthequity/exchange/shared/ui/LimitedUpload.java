package org.healthequity.exchange.shared.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.UploadLimits;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * An upload cut off on the server at a size limit: Vaadin is told the limit, the declared size is checked first, and
 * the stream is never read past the limit, so an oversized file is neither buffered nor stored. Uploads in flight share
 * one memory budget ({@link UploadLimits#MAX_BUFFERED_UPLOAD_BYTES}): many sessions uploading at once are told to try
 * again rather than filling the heap. The result is handed to the UI under its lock.
 */
public final class LimitedUpload implements UploadHandler {

    /** The shared budget, in KiB so that it fits a semaphore's permits. */
    static final Semaphore BUFFERED_KIB = new Semaphore((int) (UploadLimits.MAX_BUFFERED_UPLOAD_BYTES / 1024), true);

    private final long maxBytes;
    /** Receives an accepted upload with the file name the browser gave (for display only, never for storage). */
    @FunctionalInterface
    public interface NamedUpload extends Serializable {
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
        if (event.getFileSize() > maxBytes) {
            event.reject();
            event.getUI().access(onTooLarge::run);
            return;
        }
        int kib = (int) Math.min(UploadLimits.MAX_BUFFERED_UPLOAD_BYTES / 1024, (maxBytes + 1023) / 1024);
        if (!reserve(kib)) {
            event.reject();
            UI ui = event.getUI();
            ui.access(() -> Notification.show(ui.getTranslation(FileRefused.Reason.BUSY.messageKey())));
            return;
        }
        Optional<byte[]> bytes;
        try {
            bytes = readAtMost(event.getInputStream(), maxBytes);
        } finally {
            BUFFERED_KIB.release(kib);
        }
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

    private static boolean reserve(int kib) {
        try {
            return BUFFERED_KIB.tryAcquire(kib, UploadLimits.UPLOAD_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Reads the whole stream if it holds at most {@code maxBytes}; otherwise stops one byte past and says no. */
    static Optional<byte[]> readAtMost(InputStream in, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return bytes.length > maxBytes ? Optional.empty() : Optional.of(bytes);
    }
}
