package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.files.PdfText;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.HostileFiles;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Hostile attachments uploaded by an author, through the service: PDFs and Word documents that unpack to hundreds of
 * megabytes or gigabytes are refused with their reason before anything decodes them in full, within the test JVM's
 * 1 GB; names cannot carry paths or line breaks; text is cut at the page and character limits.
 */
@Tag("attack")
class PdfBombAttackTest extends IntegrationTest {

    @Autowired
    CaseStudyAttachments attachments;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentStore files;

    @Autowired
    PdfText pdfText;

    @Autowired
    private CaseStudyFixture fixture;

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void pdfWhosePageInflatesToHundredsOfMegabytesIsRefusedAndNotStored() {
        byte[] bomb = HostileFiles.pdfWithContentInflatingTo(300, 1);
        assertThat(bomb.length).as("300 MB of page content in well under 1 MB").isLessThan(1024 * 1024);

        assertRefused(bomb, "bomb.pdf", FileRefused.Reason.PDF_TOO_COMPLEX.messageKey());
    }

    @Test
    void pdfWithDoublyCompressedHalfGigabyteIsRefusedBeforePdfBoxOpensIt() {
        byte[] bomb = HostileFiles.pdfWithContentInflatingTo(512, 2);
        assertThat(bomb.length).as("half a gigabyte in a few kilobytes").isLessThan(64 * 1024);

        assertRefused(bomb, "nested.pdf", FileRefused.Reason.PDF_TOO_COMPLEX.messageKey());
    }

    @Test
    void wordDocumentBombsAreRefusedWithTheirReason() {
        assertRefused(HostileFiles.docxInflatingTo(300), "bomb.docx", FileRefused.Reason.INFLATES_TOO_MUCH.messageKey());
        assertRefused(HostileFiles.docxWithEntries(5000), "parts.docx",
                FileRefused.Reason.TOO_MANY_PARTS.messageKey());
    }

    @Test
    void imageBombIsRefusedAsAnAttachmentToo() {
        assertRefused(HostileFiles.sixteenBitPng(8000), "photo.png", FileRefused.Reason.TOO_MANY_PIXELS.messageKey());
    }

    @Test
    void pageContentOfMillionsOfCharactersIsCutAtTheCharacterLimit() {
        String show = "BT /F1 1 Tf 0 0 Td (" + "x".repeat(200) + ") Tj ET\n";
        byte[] content = show.repeat(10_000).getBytes(StandardCharsets.ISO_8859_1);
        byte[] pdf = HostileFiles.pdf("<< /Length " + content.length + " >>", content);
        byte[] withFont = new String(pdf, StandardCharsets.ISO_8859_1).replace("/Resources << >>",
                "/Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >>")
                .getBytes(StandardCharsets.ISO_8859_1);

        PdfText.Outcome outcome = pdfText.extract(withFont, Duration.ofSeconds(60));

        assertThat(outcome).isInstanceOfSatisfying(PdfText.Outcome.Text.class,
                text -> assertThat(text.text().length()).isBetween(1, PdfText.MAX_CHARS));
    }

    @Test
    void attachmentNameWithPathLineBreaksAndBidiOverrideIsStoredAsOneSafeSegment() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Named"));
        byte[] pdf = DemoCaseStudies.report("Named", "A report");

        attachments.addAttachment(draft.caseStudyId(), draft.version(), "../../x\r\nX-Evil: 1\u202Efdp.exe", pdf);

        assertThat(jdbc.queryForObject("select file_name from case_study_attachment where case_study_id = ?",
                String.class, draft.caseStudyId())).isEqualTo("xX-Evil 1fdp.pdf");
    }

    @Test
    void authorCannotFillTheDiskBeyondTheirQuotaByAddingAndRemovingAttachments() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Quota"));
        byte[] pdf = DemoCaseStudies.report("Quota", "A report");
        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "first.pdf", pdf);
        long id = jdbc.queryForObject("select id from case_study_attachment where case_study_id = ?", Long.class,
                draft.caseStudyId());
        long used = jdbc.queryForObject("select coalesce(sum(size_bytes), 0) from case_study_attachment"
                + " where uploaded_by = (select id from account where email = ?)", Long.class, CaseStudyFixture.AUTHOR);
        // as if this author had already uploaded their whole quota, removal included (older versions keep files)
        jdbc.update("update case_study_attachment set size_bytes = size_bytes + ? where id = ?",
                CaseStudyLimits.MAX_ATTACHMENT_BYTES_PER_PERSON - used, id);
        try {
            assertThatThrownBy(() -> attachments.addAttachment(draft.caseStudyId(), attached.version(), "more.pdf",
                    pdf)).isInstanceOfSatisfying(Refused.class,
                            problem -> assertThat(problem.messageKey()).isEqualTo("case-study.attachment.quota"));
        } finally {
            jdbc.update("update case_study_attachment set size_bytes = ? where id = ?", pdf.length, id);
        }
    }

    private void assertRefused(byte[] upload, String name, String reason) {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Hostile " + name));
        long filesBefore = files.fileCount();

        assertThatThrownBy(() -> attachments.addAttachment(draft.caseStudyId(), draft.version(), name, upload))
                .isInstanceOfSatisfying(Refused.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo(reason));
        assertThat(files.fileCount()).isEqualTo(filesBefore);
    }
}
