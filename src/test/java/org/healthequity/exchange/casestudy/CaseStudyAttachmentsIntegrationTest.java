package org.healthequity.exchange.casestudy;

import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.moderation.Decision;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.shared.validation.ChangedMeanwhile;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Attachments: checked by content, stored under generated names, nothing left behind when refused. */
class CaseStudyAttachmentsIntegrationTest extends IntegrationTest {


    @Autowired
    CaseStudyAuthoring authoring;

    @Autowired
    CaseStudyAttachments attachments;

    @Autowired
    CaseStudyLibrary library;

    @Autowired
    ModerationQueue queue;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AttachmentStore files;

    @Autowired
    CaseStudySettings settings;

    @Autowired
    private CaseStudyFixture fixture;

    @BeforeEach
    void setUp() {
        inAnHourOfItsOwn();
    }

    @Test
    void pdfIsStoredWithItsTextUnderAGeneratedNameAndDownloadedOnceLive() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("With a report"));
        byte[] pdf = DemoCaseStudies.report("District report", "Household crowding fell in every district");

        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "../../etc/report.PDF",
                pdf);

        assertThat(attached.version()).isGreaterThan(draft.version());
        var row = jdbc.queryForMap("select stored_name, file_name, media_type, extracted_text"
                + " from case_study_attachment where case_study_id = ?", draft.caseStudyId());
        assertThat((String) row.get("stored_name")).matches("[0-9a-f-]{36}\\.pdf");
        assertThat(row.get("file_name")).isEqualTo("report.pdf");
        assertThat(row.get("media_type")).isEqualTo("application/pdf");
        assertThat((String) row.get("extracted_text")).contains("Household crowding fell");
        long attachment = jdbc.queryForObject("select id from case_study_attachment where case_study_id = ?",
                Long.class, draft.caseStudyId());
        SecurityContextHolder.clearContext();
        assertThat(library.attachment(draft.caseStudyId(), attachment)).isEmpty();

        fixture.signIn(CaseStudyFixture.AUTHOR);
        assertThat(library.attachment(draft.caseStudyId(), attachment)).isPresent();
        authoring.submit(draft.caseStudyId(), attached.version());
        fixture.decide(draft.caseStudyId(), Decision.APPROVE, null);
        SecurityContextHolder.clearContext();
        assertThat(library.attachment(draft.caseStudyId(), attachment)).hasValueSatisfying(file -> {
            assertThat(file.content()).isEqualTo(pdf);
            assertThat(file.mediaType()).isEqualTo("application/pdf");
        });
        assertThat(library.caseStudy(draft.caseStudyId()).orElseThrow().attachments())
                .extracting(Attachment::fileName).containsExactly("report.pdf");
    }

    @Test
    void disguisedFilesAreRefusedAndLeaveNothingBehind() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Disguised"));
        long filesBefore = files.fileCount();

        for (byte[] disguised : new byte[][] {
            "MZ\u0090\u0000executable".getBytes(StandardCharsets.ISO_8859_1),
            "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
            "%PDF-1.4 not really".getBytes(StandardCharsets.US_ASCII)}) {
            assertThatThrownBy(() -> attachments.addAttachment(draft.caseStudyId(), draft.version(), "report.pdf",
                    disguised)).isInstanceOf(Refused.class);
        }

        assertThat(files.fileCount()).isEqualTo(filesBefore);
        assertThat(jdbc.queryForObject("select count(*) from case_study_attachment where case_study_id = ?",
                Long.class, draft.caseStudyId())).isZero();
    }

    @Test
    void oversizedUploadIsRefusedWithoutStoringIt() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Oversized"));
        long filesBefore = files.fileCount();
        byte[] huge = new byte[(int) (settings.maxAttachmentBytes() + 1)];
        System.arraycopy("%PDF-".getBytes(StandardCharsets.US_ASCII), 0, huge, 0, 5);

        assertThatThrownBy(() -> attachments.addAttachment(draft.caseStudyId(), draft.version(), "big.pdf", huge))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("case-study.attachment.too-large"));
        assertThat(files.fileCount()).isEqualTo(filesBefore);
    }

    @Test
    void aFailedTransactionDeletesTheFileItWrote() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Stale upload"));
        long filesBefore = files.fileCount();
        byte[] pdf = DemoCaseStudies.report("Stale", "text");

        assertThatThrownBy(() -> attachments.addAttachment(draft.caseStudyId(), draft.version() + 5, "x.pdf", pdf))
                .isInstanceOf(ChangedMeanwhile.class);
        assertThat(files.fileCount()).isEqualTo(filesBefore);
    }

    @Test
    void olderVersionsKeepTheirAttachmentsWhenARevisionRemovesOne() {
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Kept attachment"));
        SavedDraft attached = attachments.addAttachment(draft.caseStudyId(), draft.version(), "a.pdf",
                DemoCaseStudies.report("A", "a"));
        authoring.submit(draft.caseStudyId(), attached.version());
        fixture.decide(draft.caseStudyId(), Decision.APPROVE, null);
        fixture.signIn(CaseStudyFixture.AUTHOR);
        long attachment = authoring.edit(draft.caseStudyId()).attachments().getFirst().id();

        SavedDraft revision = attachments.removeAttachment(draft.caseStudyId(), -1, attachment);

        assertThat(authoring.edit(draft.caseStudyId()).attachments()).isEmpty();
        assertThat(revision.revisionId()).isNotEqualTo(attached.revisionId());
        SecurityContextHolder.clearContext();
        assertThat(library.caseStudy(draft.caseStudyId()).orElseThrow().attachments()).hasSize(1);
    }
}
