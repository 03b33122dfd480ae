package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PdfTextTest {

    private final PdfText pdfText = new PdfText(new CaseStudySettings(null, null, Duration.ofSeconds(10)));

    @AfterEach
    void stop() {
        pdfText.destroy();
    }

    @Test
    void extractsTheTextOfAPdf() {
        PdfText.Outcome outcome = pdfText.extract(DemoCaseStudies.report("Healthy housing",
                "Intersectoral action on housing in small island states"));
        assertThat(outcome).isInstanceOfSatisfying(PdfText.Outcome.Text.class,
                text -> assertThat(text.text()).contains("Healthy housing", "small island states"));
    }

    @Test
    void saysWhenAFileIsNotAReadablePdf() {
        assertThat(pdfText.extract("%PDF-1.7 but nothing else".getBytes(StandardCharsets.US_ASCII)))
                .isInstanceOf(PdfText.Outcome.Unreadable.class);
    }

    @Test
    void givesUpOnAnExtractionThatTakesLongerThanTheLimit() {
        byte[] large = DemoCaseStudies.report("Large", "word ".repeat(200_000));
        assertThat(pdfText.extract(large, Duration.ofMillis(1))).isInstanceOf(PdfText.Outcome.TimedOut.class);
    }
}
