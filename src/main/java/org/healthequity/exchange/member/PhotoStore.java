package org.healthequity.exchange.member;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import javax.imageio.ImageIO;

import org.healthequity.exchange.shared.files.FileArea;
import org.healthequity.exchange.shared.files.FileKind;
import org.healthequity.exchange.shared.files.FileNotStored;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.files.ImageFiles;
import org.healthequity.exchange.shared.validation.Refused;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Profile photos: recognised by their content (never the file name), refused when too large in bytes, or in pixels
 * from the header alone (decompression bombs), decoded subsampled straight to the target size, scaled and re-encoded
 * as JPEG, which drops metadata and anything hidden in the file, and stored under a generated name. Anyone may upload
 * a photo from many sessions at once, so only a few decodes run at a time across the application; an upload that finds
 * none free within a short wait is refused as busy rather than queued.
 */
@Component
class PhotoStore {

    static final int MAX_BYTES = ProfileService.PHOTO_MAX_BYTES;
    static final int SIZE = 400;
    static final int DECODE_PERMITS = 2;
    static final Duration DECODE_WAIT = Duration.ofSeconds(3);

    private final FileArea files;
    private final Semaphore decodes = new Semaphore(DECODE_PERMITS, true);
    private final AtomicInteger decoding = new AtomicInteger();
    private final AtomicInteger mostAtOnce = new AtomicInteger();
    private final AtomicLong decodesStarted = new AtomicLong();

    PhotoStore(FileStore store) {
        this.files = store.area("photos");
    }

    /** Checks and re-encodes an upload; returns the stored file's name. */
    String store(byte[] upload, long accountId) {
        if (upload.length > MAX_BYTES) {
            throw new Refused("photo", "profile.photo.too-large");
        }
        BufferedImage scaled = scale(decode(upload));
        ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
        try {
            ImageIO.write(scaled, "jpg", jpeg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            return files.store(jpeg.toByteArray(), FileKind.JPEG, accountId + "-");
        } catch (FileNotStored e) {
            throw new Refused("photo", e.messageKey());
        }
    }

    Optional<byte[]> read(@Nullable String name) {
        return files.read(name);
    }

    void delete(@Nullable String name) {
        files.delete(name);
    }

    /** The most decodes that ran at the same time since start-up, for tests of the bound. */
    int mostDecodesAtOnce() {
        return mostAtOnce.get();
    }

    /** How many decodes have begun, for tests that prove a refusal came before decoding. */
    long decodesStarted() {
        return decodesStarted.get();
    }

    private BufferedImage decode(byte[] upload) {
        // The header check is cheap and needs no permit: a bomb is refused before it can take one.
        ImageFiles.Header header = ImageFiles.header(upload)
                .orElseThrow(() -> new Refused("photo", "profile.photo.not-an-image"));
        refused(header::withinLimits);
        boolean acquired;
        try {
            acquired = decodes.tryAcquire(DECODE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            acquired = false;
        }
        if (!acquired) {
            throw new Refused("photo", FileRefused.Reason.BUSY.messageKey());
        }
        try {
            mostAtOnce.accumulateAndGet(decoding.incrementAndGet(), Math::max);
            decodesStarted.incrementAndGet();
            return refused(() -> ImageFiles.decodeScaled(upload, SIZE))
                    .orElseThrow(() -> new Refused("photo", "profile.photo.not-an-image"));
        } finally {
            decoding.decrementAndGet();
            decodes.release();
        }
    }

    private static <T> T refused(Supplier<T> step) {
        try {
            return step.get();
        } catch (FileRefused refused) {
            throw new Refused("photo", refused.messageKey());
        }
    }

    private static BufferedImage scale(BufferedImage image) {
        double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
