package org.healthequity.exchange.shared.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * PNG and JPEG images read the safe way: the size comes from the header before any pixel is decoded, an image above
 * {@link UploadLimits#MAX_IMAGE_PIXELS} is refused from the header alone, and decoding is subsampled straight to the
 * size needed, so memory follows the target size and not the size the file declares. A file whose data does not
 * match its header (truncated, or a warning from the decoder) is refused as damaged.
 */
public final class ImageFiles {

    private static final Set<String> FORMATS = Set.of("png", "jpeg");

    /** What an image's header declares. */
    public record Header(String format, int width, int height) {

        public long pixels() {
            return (long) width * height;
        }

        /** Refuses a header that declares more than the limits allow. */
        public Header withinLimits() {
            if (width > UploadLimits.MAX_IMAGE_SIDE || height > UploadLimits.MAX_IMAGE_SIDE
                    || pixels() > UploadLimits.MAX_IMAGE_PIXELS) {
                throw new FileRefused(FileRefused.Reason.TOO_MANY_PIXELS);
            }
            return this;
        }
    }

    private ImageFiles() {
    }

    /** The header of a PNG or JPEG image, read without decoding pixels; empty if the file is neither or unreadable. */
    public static Optional<Header> header(byte[] content) {
        try (ImageInputStream input = input(content)) {
            Optional<ImageReader> found = reader(input);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new Header(format(reader), reader.getWidth(0), reader.getHeight(0)));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Decodes an image so that its longer side is at least {@code target} pixels (or its full size when smaller),
     * after checking the header against the limits.
     *
     * @throws FileRefused when the header declares too many pixels or the data does not match it
     * @return empty if the content is not a PNG or JPEG image at all
     */
    public static Optional<BufferedImage> decodeScaled(byte[] content, int target) {
        try (ImageInputStream input = input(content)) {
            Optional<ImageReader> found = reader(input);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            ImageReader reader = found.get();
            try {
                reader.setInput(input, true, true);
                Header header = new Header(format(reader), reader.getWidth(0), reader.getHeight(0)).withinLimits();
                int step = Math.max(1, Math.max(header.width(), header.height()) / Math.max(1, target));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                AtomicBoolean warned = new AtomicBoolean();
                reader.addIIOReadWarningListener((source, warning) -> warned.set(true));
                BufferedImage image = reader.read(0, param);
                if (warned.get()) {
                    throw new FileRefused(FileRefused.Reason.IMAGE_DAMAGED);
                }
                return Optional.of(image);
            } finally {
                reader.dispose();
            }
        } catch (FileRefused refused) {
            throw refused;
        } catch (IOException | RuntimeException e) {
            throw new FileRefused(FileRefused.Reason.IMAGE_DAMAGED);
        }
    }

    /** In memory: ImageIO's default would copy an upload into a temporary file. */
    private static ImageInputStream input(byte[] content) {
        return new MemoryCacheImageInputStream(new ByteArrayInputStream(content));
    }

    private static Optional<ImageReader> reader(ImageInputStream input) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            try {
                if (FORMATS.contains(format(reader))) {
                    return Optional.of(reader);
                }
            } catch (IOException e) {
                // not a format this application reads
            }
            reader.dispose();
        }
        return Optional.empty();
    }

    private static String format(ImageReader reader) throws IOException {
        return reader.getFormatName().toLowerCase(Locale.ROOT);
    }
}
