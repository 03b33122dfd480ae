package org.healthequity.exchange.casestudy;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Extracts the text of a PDF for search, on a small pool of its own threads and with a time limit, so a pathological
 * file cannot hang a request: past the limit the extraction is abandoned and the attachment is kept without text.
 */
@Component
class PdfText implements DisposableBean {

    static final int MAX_PAGES = 300;
    static final int MAX_CHARS = 1_000_000;

    private static final Logger LOG = LoggerFactory.getLogger(PdfText.class);

    /** What came of reading a PDF: its text, or that it is not a readable PDF. */
    sealed interface Outcome {
        record Text(String text) implements Outcome {
        }

        record TimedOut() implements Outcome {
        }

        record Unreadable() implements Outcome {
        }
    }

    private final ExecutorService pool = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "pdf-text");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });
    private final CaseStudySettings settings;

    PdfText(CaseStudySettings settings) {
        this.settings = settings;
    }

    Outcome extract(byte[] pdf) {
        return extract(pdf, settings.extractionTimeout());
    }

    Outcome extract(byte[] pdf, Duration timeout) {
        Future<Optional<String>> future = pool.submit(() -> read(pdf));
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS).<Outcome>map(Outcome.Text::new)
                    .orElseGet(Outcome.Unreadable::new);
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

    private static Optional<String> read(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(new RandomAccessReadBuffer(pdf))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(Math.min(MAX_PAGES, document.getNumberOfPages()));
            String text = stripper.getText(document);
            return Optional.of(text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
