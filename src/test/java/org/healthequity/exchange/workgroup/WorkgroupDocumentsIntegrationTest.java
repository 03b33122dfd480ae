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
    GroupMembership membership;

    @Autowired
    GroupDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private String lead;
    private String member;
    private String outsider;
    private String otherLead;
    private long group;

    @BeforeEach
    void setUp() {
        lead = fixture.person("Doris Lead", Network.HIM);
        member = fixture.person("Dan Member", Network.HIM);
        outsider = fixture.person("Dora Outsider", Network.HIM);
        otherLead = fixture.person("Dirk Otherlead", Network.HIM);
        group = fixture.group("Papers", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        fixture.group("Other papers", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, otherLead);
        fixture.addMember(group, lead, member);
    }

    @Test
    void newVersionKeepsThePreviousOneDownloadable() {
        fixture.signIn(member);
        long document = documents.upload(group, "Workplan", "Drafts", "../../workplan.pdf", PDF_V1);
        assertThat(documents.uploadVersion(document, "workplan v2.pdf", PDF_V2)).isEqualTo(2);

        DocumentRow row = documents.documents(group).getFirst();
        assertThat(row.folder()).isEqualTo("Drafts");
        assertThat(row.versions()).extracting(DocumentVersionRow::number).containsExactly(2, 1);
        assertThat(row.versions().getLast().fileName()).isEqualTo("workplan.pdf");
        assertThat(documents.download(row.latest().id())).hasValueSatisfying(f ->
                assertThat(f.content()).isEqualTo(PDF_V2));
        assertThat(documents.download(row.versions().getLast().id())).hasValueSatisfying(f ->
                assertThat(f.content()).isEqualTo(PDF_V1));
        fixture.signIn(lead);
        assertThat(documents.documents(group)).hasSize(1);
    }

    @Test
    void outsidersAndOtherGroupsLeadsGetNeitherListNorFileNorUpload() {
        fixture.signIn(member);
        long document = documents.upload(group, "Budget", "", "budget.pdf", PDF_V1);
        long version = documents.documents(group).getFirst().latest().id();
        for (String stranger : List.of(outsider, otherLead)) {
            fixture.signIn(stranger);
            assertThat(documents.download(version)).as(stranger).isEmpty();
            assertThatThrownBy(() -> documents.documents(group)).isInstanceOf(Refused.class);
            assertThatThrownBy(() -> documents.upload(group, "Mine", "", "x.pdf", PDF_V1))
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
        fixture.signIn(member);
        assertThatThrownBy(() -> documents.upload(group, "Page", "", "report.pdf",
                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.type"));
        assertThatThrownBy(() -> documents.upload(group, "Empty", "", "e.pdf", new byte[0]))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.empty"));
        byte[] large = new byte[(int) documents.maxBytes() + 1];
        System.arraycopy(PDF_V1, 0, large, 0, PDF_V1.length);
        assertThatThrownBy(() -> documents.upload(group, "Large", "", "l.pdf", large))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo("workgroup.document.too-large"));
    }

    @Test
    void onlyTheUploaderOrALeadRemovesADocument() {
        String second = fixture.person("Dina Second", Network.HIM);
        fixture.addMember(group, lead, second);
        fixture.signIn(member);
        long document = documents.upload(group, "Minutes", "", "minutes.pdf", PDF_V1);
        fixture.signIn(second);
        assertThatThrownBy(() -> documents.delete(document)).isInstanceOfSatisfying(Refused.class,
                p -> assertThat(p.messageKey()).isEqualTo("workgroup.problem.authors-or-leads"));
        fixture.signIn(lead);
        documents.delete(document);
        assertThat(documents.documents(group)).isEmpty();
    }
}
