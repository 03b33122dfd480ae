package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.healthequity.exchange.shared.files.PdfText;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PdfText pdfText = new PdfText();

    @AfterEach
    void stop() {
        pdfText.destroy();
    }

    @Test
    void extractsTheTextOfAPdf() {
        PdfText.Outcome outcome = pdfText.extract(DemoCaseStudies.report("Healthy housing",
                "Intersectoral action on housing in small island states"), TIMEOUT);
        assertThat(outcome).isInstanceOfSatisfying(PdfText.Outcome.Text.class,
                text -> assertThat(text.text()).contains("Healthy housing", "small island states"));
    }

    @Test
    void saysWhenAFileIsNotAReadablePdf() {
        assertThat(pdfText.extract("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII), TIMEOUT))
                .isInstanceOf(PdfText.Outcome.Unreadable.class);
    }

    @Test
    void givesUpOnAnExtractionThatTakesLongerThanTheLimit() {
        byte[] large = DemoCaseStudies.report("Large", "word ".repeat(200_000));
        assertThat(pdfText.extract(large, Duration.ofMillis(1))).isInstanceOf(PdfText.Outcome.TimedOut.class);
    }
}
