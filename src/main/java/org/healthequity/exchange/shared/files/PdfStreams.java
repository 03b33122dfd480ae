package org.healthequity.exchange.shared.files;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.filter.Filter;
import org.apache.pdfbox.filter.FilterFactory;

/**
 * Measures what a PDF's streams unpack to before PDFBox sees the file. PDFBox 3 decodes a stream wholly into memory
 * (cross-reference and object streams already while loading), whatever its {@code MemoryUsageSetting} says, so a
 * few kilobytes of nested Flate can become gigabytes. Here every stream found in the raw bytes is run through its
 * filters into a counter, stage by stage, never trusting {@code /Length}; a file whose streams unpack beyond
 * {@link UploadLimits#PDF_MAX_STREAM_BYTES} each or {@link UploadLimits#PDF_MAX_DECODED_BYTES} together is not
 * opened at all. Encrypted files are recognised too: their streams cannot be measured before decryption.
 */
final class PdfStreams {

    private static final byte[] STREAM = "stream".getBytes(StandardCharsets.US_ASCII);
    private static final int DICTIONARY_LOOK_BACK = 4096;
    private static final Pattern FILTER = Pattern.compile("/Filter\\s*(?:\\[([^\\]]*)\\]|(/[^\\s/<>\\[\\]()]+))");
    private static final Pattern NAME = Pattern.compile("/([^\\s/<>\\[\\]()]+)");
    /** The trailer's /Encrypt key, also when spelt with #-escapes, which PDF names allow. */
    private static final Pattern ENCRYPT = Pattern.compile(
            "/(?:E|#45)(?:n|#6[eE])(?:c|#63)(?:r|#72)(?:y|#79)(?:p|#70)(?:t|#74)(?![^\\s/<>\\[\\]()])");
    /** Filters whose output only images use; text extraction never decodes them. */
    private static final Set<String> IMAGE_FILTERS = Set.of("DCTDecode", "DCT", "JPXDecode", "JBIG2Decode",
            "CCITTFaxDecode", "CCF");

    private PdfStreams() {
    }

    static boolean encrypted(byte[] pdf) {
        return ENCRYPT.matcher(new String(pdf, StandardCharsets.ISO_8859_1)).find();
    }

    /** Whether every stream of the file unpacks within the limits. */
    static boolean withinLimits(byte[] pdf) {
        long total = 0;
        int from = 0;
        int at;
        while ((at = indexOf(pdf, STREAM, from)) >= 0) {
            from = at + STREAM.length;
            int data = dataStart(pdf, at);
            if (data < 0) {
                continue;
            }
            long budget = Math.min(UploadLimits.PDF_MAX_STREAM_BYTES, UploadLimits.PDF_MAX_DECODED_BYTES - total);
            long length = decodedLength(pdf, data, filters(pdf, at, data), budget);
            if (length > budget) {
                return false;
            }
            total += length;
            if (Thread.currentThread().isInterrupted()) {
                throw new PdfText.Cancelled();
            }
        }
        return true;
    }

    /** Where a stream's data begins, or -1 when this "stream" is not the keyword that opens one. */
    private static int dataStart(byte[] pdf, int at) {
        if (at >= 3 && pdf[at - 3] == 'e' && pdf[at - 2] == 'n' && pdf[at - 1] == 'd') {
            return -1;
        }
        int data = at + STREAM.length;
        if (data < pdf.length && pdf[data] == '\r') {
            data++;
        }
        if (data < pdf.length && pdf[data] == '\n') {
            data++;
        }
        return data == at + STREAM.length ? -1 : data;
    }

    /**
     * The filters named in the stream's dictionary (the text since the last "obj"). When they cannot be read there (an
     * indirect reference, say), data that starts like zlib is taken for Flate, which is how PDFBox would read it.
     */
    private static List<String> filters(byte[] pdf, int at, int data) {
        int start = Math.max(0, at - DICTIONARY_LOOK_BACK);
        String before = new String(pdf, start, at - start, StandardCharsets.ISO_8859_1);
        int obj = before.lastIndexOf("obj");
        String dictionary = obj >= 0 ? before.substring(obj) : before;
        List<String> names = new ArrayList<>();
        Matcher filter = FILTER.matcher(dictionary);
        if (filter.find()) {
            Matcher name = NAME.matcher(filter.group(1) != null ? filter.group(1) : filter.group(2));
            while (name.find()) {
                names.add(name.group(1));
            }
        }
        if (names.isEmpty() && data + 1 < pdf.length && (pdf[data] & 0x0F) == 8
                && ((pdf[data] & 0xFF) * 256 + (pdf[data + 1] & 0xFF)) % 31 == 0) {
            names.add(COSName.FLATE_DECODE.getName());
        }
        return names;
    }

    /** Runs the data through its filters, keeping a stage only when another follows; stops past the budget. */
    private static long decodedLength(byte[] pdf, int data, List<String> filters, long budget) {
        byte[] stage = null;
        long length = 0;
        for (int i = 0; i < filters.size() && !IMAGE_FILTERS.contains(filters.get(i)); i++) {
            boolean keep = i + 1 < filters.size() && !IMAGE_FILTERS.contains(filters.get(i + 1));
            Counter out = new Counter(budget, keep);
            try (InputStream in = stage == null ? new ByteArrayInputStream(pdf, data, pdf.length - data)
                    : new ByteArrayInputStream(stage)) {
                Filter filter = FilterFactory.INSTANCE.getFilter(COSName.getPDFName(filters.get(i)));
                filter.decode(in, out, new COSDictionary(), 0);
            } catch (Counter.OverBudget over) {
                return budget + 1;
            } catch (IOException | RuntimeException damaged) {
                // what decoded before the damage is what PDFBox would get too
            }
            length = out.count;
            stage = out.bytes();
            if (stage == null) {
                break;
            }
        }
        return length;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    /** Counts bytes against a budget, keeping them only when a next filter needs them. */
    private static final class Counter extends OutputStream {

        private final long budget;
        private final ByteArrayOutputStream kept;
        long count;

        Counter(long budget, boolean keep) {
            this.budget = budget;
            this.kept = keep ? new ByteArrayOutputStream() : null;
        }

        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
            if (count > budget) {
                throw new OverBudget();
            }
            if (kept != null) {
                kept.write(b, off, len);
            }
        }

        byte[] bytes() {
            return kept == null ? null : kept.toByteArray();
        }

        /** Thrown through the filter, which would otherwise go on inflating. */
        static final class OverBudget extends RuntimeException {
            OverBudget() {
                super(null, null, false, false);
            }
        }
    }
}
