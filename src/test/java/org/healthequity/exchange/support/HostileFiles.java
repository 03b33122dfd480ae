package org.healthequity.exchange.support;

import java.awt.Image;
import java.awt.Point;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.RenderedImage;
import java.awt.image.SampleModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Vector;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.imageio.ImageIO;

/**
 * Hostile files made in the test itself, small on disk and huge once unpacked: the decompression bombs an outsider
 * would upload.
 */
public final class HostileFiles {

    private HostileFiles() {
    }

    /**
     * A 16-bit greyscale PNG of {@code side} by {@code side} pixels, written by ImageIO from an image that makes one
     * row of zeros at a time, so making it costs a row of memory. Decoded in full it is side² × 2 bytes.
     */
    public static byte[] sixteenBitPng(int side) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(new RowsOfZeros(side), "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 16-bit grey image made of one-row tiles, each made when asked for: ImageIO writes a PNG row by row. */
    private record RowsOfZeros(int side) implements RenderedImage {

        private static final ColorModel GREY16 = new BufferedImage(1, 1, BufferedImage.TYPE_USHORT_GRAY)
                .getColorModel();

        @Override
        public SampleModel getSampleModel() {
            return GREY16.createCompatibleSampleModel(side, 1);
        }

        @Override
        public ColorModel getColorModel() {
            return GREY16;
        }

        @Override
        public Raster getTile(int tileX, int tileY) {
            return Raster.createWritableRaster(getSampleModel(), new Point(0, tileY));
        }

        @Override
        public Raster getData(Rectangle rect) {
            SampleModel model = GREY16.createCompatibleSampleModel(rect.width, rect.height);
            return Raster.createWritableRaster(model, new Point(rect.x, rect.y));
        }

        @Override
        public Raster getData() {
            throw new UnsupportedOperationException("too large to hold at once");
        }

        @Override
        public WritableRaster copyData(WritableRaster raster) {
            return raster;
        }

        @Override
        public Vector<RenderedImage> getSources() {
            return null;
        }

        @Override
        public Object getProperty(String name) {
            return Image.UndefinedProperty;
        }

        @Override
        public String[] getPropertyNames() {
            return null;
        }

        @Override
        public int getWidth() {
            return side;
        }

        @Override
        public int getHeight() {
            return side;
        }

        @Override
        public int getMinX() {
            return 0;
        }

        @Override
        public int getMinY() {
            return 0;
        }

        @Override
        public int getNumXTiles() {
            return 1;
        }

        @Override
        public int getNumYTiles() {
            return side;
        }

        @Override
        public int getMinTileX() {
            return 0;
        }

        @Override
        public int getMinTileY() {
            return 0;
        }

        @Override
        public int getTileWidth() {
            return side;
        }

        @Override
        public int getTileHeight() {
            return 1;
        }

        @Override
        public int getTileGridXOffset() {
            return 0;
        }

        @Override
        public int getTileGridYOffset() {
            return 0;
        }
    }

    /** An ordinary RGB image in the given format. */
    public static byte[] image(String format, int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            for (int x = 0; x < width; x += 7) {
                image.setRGB(x, x % height, 0x336699);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A real PNG whose header is rewritten to declare {@code width} by {@code height} while its data holds only the
     * small image it was made from.
     */
    public static byte[] pngWithLyingHeader(int width, int height) {
        byte[] png = image("png", 64, 64);
        ByteBuffer bytes = ByteBuffer.wrap(png);
        // signature (8), IHDR length (4), "IHDR" (4), then width and height
        bytes.putInt(16, width);
        bytes.putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(png, 12, 4 + 13);
        bytes.putInt(12 + 4 + 13, (int) crc.getValue());
        return png;
    }

    /** A Word document (word/document.xml present) whose ZIP holds {@code entries} small entries. */
    public static byte[] docxWithEntries(int entries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            entry(zip, "word/document.xml", "<w:document/>".getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < entries; i++) {
                entry(zip, "word/media/part" + i + ".xml", "<x/>".getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /** A Word document whose word/document.xml inflates to {@code megabytes} MB of spaces. */
    public static byte[] docxInflatingTo(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            entry(zip, "[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                zip.write(spaces);
            }
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }

    /**
     * A one-page PDF whose page content stream is {@code megabytes} MB of spaces, compressed {@code layers} times with
     * Flate (its /Filter names FlateDecode that many times), written by hand so that nothing here inflates it.
     */
    public static byte[] pdfWithContentInflatingTo(int megabytes, int layers) {
        byte[] data = spacesDeflated(megabytes);
        for (int i = 1; i < layers; i++) {
            data = deflate(data);
        }
        String filter = "/FlateDecode ".repeat(layers).strip();
        return pdf("<< /Length " + data.length + " /Filter [" + filter + "] >>", data);
    }

    /** A one-page PDF with the given content stream dictionary and raw data, with a correct cross-reference table. */
    public static byte[] pdf(String contentDictionary, byte[] contentData) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            int[] offsets = new int[5];
            write(out, "%PDF-1.7\n");
            offsets[1] = out.size();
            write(out, "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n");
            offsets[2] = out.size();
            write(out, "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n");
            offsets[3] = out.size();
            write(out, "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
                    + " /Resources << >> >>\nendobj\n");
            offsets[4] = out.size();
            write(out, "4 0 obj\n" + contentDictionary + "\nstream\n");
            out.write(contentData);
            write(out, "\nendstream\nendobj\n");
            int xref = out.size();
            StringBuilder table = new StringBuilder("xref\n0 5\n0000000000 65535 f \n");
            for (int i = 1; i < 5; i++) {
                table.append(String.format("%010d 00000 n \n", offsets[i]));
            }
            write(out, table + "trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n" + xref + "\n%%EOF\n");
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] spacesDeflated(int megabytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream deflating = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION))) {
            byte[] spaces = new byte[1024 * 1024];
            Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < megabytes; i++) {
                deflating.write(spaces);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] deflate(byte[] data) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream deflating = new DeflaterOutputStream(bytes, new Deflater(Deflater.BEST_COMPRESSION))) {
            deflating.write(data);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
    }
}
