package org.healthequity.exchange.workgroup;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group's documents: versions kept and downloadable, the upload checks, and nothing for those outside the group. */
class WorkgroupDocumentsIntegrationTest extends IntegrationTest {

    private static final byte[] PDF_V1 = "%PDF-1.4\n% first\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PDF_V2 = "%PDF-1.4\n% second\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GroupDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private WorkgroupFixture.Circle circle;
    private String otherLead;

    @BeforeEach
    void setUp() {
        circle = fixture.circle("Papers", Network.HIM, "Doris Lead", "Dan Member", "Dora Outsider");
        otherLead = fixture.groupLedBy("Dirk Otherlead", "Other papers", Network.HIM, GroupVisibility.PRIVATE,
                JoinPolicy.INVITATION).lead();
    }

    @Test
    void newVersionKeepsThePreviousOneDownloadable() {
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Workplan", "Drafts", "../../workplan.pdf", PDF_V1);
        assertThat(documents.uploadVersion(document, "workplan v2.pdf", PDF_V2)).isEqualTo(2);

        DocumentRow row = documents.documents(circle.group()).getFirst();
        assertThat(row.folder()).isEqualTo("Drafts");
        assertThat(row.versions()).extracting(DocumentVersionRow::number).containsExactly(2, 1);
        assertThat(row.versions().getLast().fileName()).isEqualTo("workplan.pdf");
        assertThat(documents.download(row.latest().id())).hasValueSatisfying(f ->
                assertThat(f.content()).isEqualTo(PDF_V2));
        assertThat(documents.download(row.versions().getLast().id())).hasValueSatisfying(f ->
                assertThat(f.content()).isEqualTo(PDF_V1));
        fixture.signIn(circle.lead());
        assertThat(documents.documents(circle.group())).hasSize(1);
    }

    @Test
    void outsidersAndOtherGroupsLeadsGetNeitherListNorFileNorUpload() {
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Budget", "", "budget.pdf", PDF_V1);
        long version = documents.documents(circle.group()).getFirst().latest().id();
        for (String stranger : List.of(circle.outsider(), otherLead)) {
            fixture.signIn(stranger);
            assertThat(documents.download(version)).as(stranger).isEmpty();
            assertThatThrownBy(() -> documents.documents(circle.group())).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> documents.upload(circle.group(), "Mine", "", "x.pdf", PDF_V1))
                    .isInstanceOf(Refused.class);
            assertThatThrownBy(() -> documents.uploadVersion(document, "x.pdf", PDF_V2))
                    .isInstanceOf(Refused.class);
            assertThatThrownBy(() -> documents.delete(document)).isInstanceOf(Refused.class);
        }
        fixture.signOut();
        assertThat(documents.download(version)).isEmpty();
        fixture.signIn(WorkgroupFixture.SECRETARIAT);
        assertThat(documents.download(version)).isPresent();
    }

    @Test
    void uploadChecksAreThoseOfCaseStudies() {
        fixture.signIn(circle.member());
        assertThatThrownBy(() -> documents.upload(circle.group(), "Page", "", "report.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.type"));
        assertThatThrownBy(() -> documents.upload(circle.group(), "Empty", "", "e.pdf", new byte[0]))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.empty"));
        byte[] large = new byte[(int) documents.maxBytes() + 1];
        System.arraycopy(PDF_V1, 0, large, 0, PDF_V1.length);
        assertThatThrownBy(() -> documents.upload(circle.group(), "Large", "", "l.pdf", large))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.too-large"));
    }

    @Test
    void onlyTheUploaderOrALeadRemovesADocument() {
        String second = fixture.person("Dina Second", Network.HIM);
        fixture.addMember(circle.group(), circle.lead(), second);
        fixture.signIn(circle.member());
        long document = documents.upload(circle.group(), "Minutes", "", "minutes.pdf", PDF_V1);
        fixture.signIn(second);
        assertThatThrownBy(() -> documents.delete(document)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("workgroup.problem.authors-or-leads"));
        fixture.signIn(circle.lead());
        documents.delete(document);
        assertThat(documents.documents(circle.group())).isEmpty();
    }
}
