package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of a PDF for search (case-study attachments, group documents), on a small pool of its own threads
 * with a short queue and a time limit, so a pathological file cannot hang a request or pile up work. Memory is bounded too: a file whose streams unpack beyond
 * the limits is refused before PDFBox opens it ({@link PdfStreams}), PDFBox's scratch data is limited
 * ({@link MemoryUsageSetting}), and past the page or character limit the text found so far is kept.
 */
@Component
public class PdfText implements DisposableBean {

    static final int MAX_PAGES = UploadLimits.PDF_MAX_PAGES;
    public static final int MAX_CHARS = UploadLimits.PDF_MAX_TEXT_CHARS;
    /** Extractions waiting for a thread beyond these are refused as busy rather than queued. */
    static final int MAX_WAITING = 4;

    private static final Logger LOG = LoggerFactory.getLogger(PdfText.class);

    /** What came of reading a PDF: its text, that it is not a readable PDF, or that it was refused with a reason. */
    public sealed interface Outcome {
        record Text(String text) implements Outcome {
        }

        record TimedOut() implements Outcome {
        }

        record Unreadable() implements Outcome {
        }

        record Refused(FileRefused.Reason reason) implements Outcome {
        }
    }

    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
            new ArrayBlockingQueue<>(MAX_WAITING), runnable -> {
                Thread thread = new Thread(runnable, "pdf-text");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                return thread;
            });
    /** The text of the PDF, given up after the timeout (each module sets its own, as case studies do). */
    public Outcome extract(byte[] pdf, Duration timeout) {
        Future<Outcome> future;
        try {
            future = pool.submit(() -> read(pdf));
        } catch (RejectedExecutionException e) {
            return new Outcome.Refused(FileRefused.Reason.BUSY);
        }
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            LOG.warn("PDF text extraction gave up after {}", timeout);
            return new Outcome.TimedOut();
        } catch (ExecutionException e) {
            return new Outcome.Unreadable();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            return new Outcome.TimedOut();
        }
    }

    private static Outcome read(byte[] pdf) {
        try {
            return readWithinLimits(pdf);
        } catch (Cancelled cancelled) {
            return new Outcome.TimedOut();
        }
    }

    private static Outcome readWithinLimits(byte[] pdf) {
        MemoryUsageSetting memory = MemoryUsageSetting.setupMixed(UploadLimits.PDF_MAIN_MEMORY_BYTES,
                UploadLimits.PDF_TEMP_FILE_BYTES);
        if (!PdfStreams.withinLimits(pdf)) {
            return new Outcome.Refused(FileRefused.Reason.PDF_TOO_COMPLEX);
        }
        if (PdfStreams.encrypted(pdf)) {
            // Its streams could not be measured before decryption: kept, but without text.
            return new Outcome.Text("");
        }
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf), memory.streamCache)) {
            BoundedText text = new BoundedText();
            try {
                new BoundedStripper().writeText(document, text);
            } catch (Enough enough) {
                // the limit was reached: what was found so far is the text
            }
            return new Outcome.Text(text.toString());
        } catch (IOException | RuntimeException e) {
            return new Outcome.Unreadable();
        }
    }

    /** Stops the extraction once the page or character limit is reached, and when the caller gave up waiting. */
    private static final class BoundedStripper extends PDFTextStripper {

        private int characters;

        BoundedStripper() {
            setEndPage(MAX_PAGES);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            // The stripper walks the whole page tree even past the end page; a page tree can be very long.
            if (getCurrentPageNo() > MAX_PAGES || characters > MAX_CHARS) {
                throw new Enough();
            }
            super.processPage(page);
        }

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            if (Thread.currentThread().isInterrupted()) {
                throw new Cancelled();
            }
            super.processOperator(operator, operands);
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            // A page's characters are collected before any is written: past the limit they are dropped here, and the
            // page is still written with those collected before (the page's stream itself is bounded by PdfStreams).
            characters += text.getUnicode() == null ? 1 : text.getUnicode().length();
            if (characters <= MAX_CHARS) {
                super.processTextPosition(text);
            }
        }
    }

    /** The text written so far, never longer than the limit. */
    private static final class BoundedText extends Writer {

        private final StringBuilder text = new StringBuilder();

        @Override
        public void write(char[] chars, int off, int len) {
            int room = MAX_CHARS - text.length();
            text.append(chars, off, Math.min(room, len));
            if (len > room) {
                throw new Enough();
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }

        @Override
        public String toString() {
            return text.toString();
        }
    }

    /** A limit was reached: stop reading, keep what is there. */
    private static final class Enough extends RuntimeException {
        Enough() {
            super(null, null, false, false);
        }
    }

    /** The caller gave up waiting: stop reading and free the thread. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super(null, null, false, false);
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
