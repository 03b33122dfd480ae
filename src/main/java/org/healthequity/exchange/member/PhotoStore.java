package org.healthequity.exchange.member;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.UUID;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.healthequity.exchange.shared.ExchangeProperties;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Profile photos: recognised by their content (never the file name), refused when too large in bytes or pixels
 * (decompression bombs), scaled down and re-encoded as JPEG, which drops metadata and anything hidden in the file, and
 * stored under a generated name.
 */
@Component
class PhotoStore {

    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_PIXELS_SIDE = 8000;
    static final int SIZE = 400;

    private final Path directory;

    PhotoStore(ExchangeProperties properties) {
        this.directory = properties.dataDir().resolve("photos").toAbsolutePath();
    }

    /** Checks and re-encodes an upload; returns the stored file's name. */
    String store(byte[] upload, long accountId) {
        if (upload.length > MAX_BYTES) {
            throw new AccountProblem("photo", "profile.photo.too-large");
        }
        BufferedImage image = decode(upload);
        BufferedImage scaled = scale(image);
        try {
            Files.createDirectories(directory);
            String name = accountId + "-" + UUID.randomUUID() + ".jpg";
            ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
            ImageIO.write(scaled, "jpg", jpeg);
            Files.write(directory.resolve(name), jpeg.toByteArray());
            return name;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Optional<byte[]> read(@Nullable String name) {
        if (name == null || name.contains("/") || name.contains("..")) {
            return Optional.empty();
        }
        try {
            Path file = directory.resolve(name);
            return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    void delete(@Nullable String name) {
        if (name == null || name.contains("/") || name.contains("..")) {
            return;
        }
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage decode(byte[] upload) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
            Iterator<ImageReader> readers = input == null ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new AccountProblem("photo", "profile.photo.not-an-image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new AccountProblem("photo", "profile.photo.not-an-image");
                }
                reader.setInput(input, true, true);
                if (reader.getWidth(0) > MAX_PIXELS_SIDE || reader.getHeight(0) > MAX_PIXELS_SIDE) {
                    throw new AccountProblem("photo", "profile.photo.too-many-pixels");
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof AccountProblem problem) {
                throw problem;
            }
            throw new AccountProblem("photo", "profile.photo.not-an-image");
        }
    }

    private static BufferedImage scale(BufferedImage image) {
        double factor = Math.min(1.0, (double) SIZE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.drawImage(image, 0, 0, width, height, null);
        g.dispose();
        return out;
    }
}
