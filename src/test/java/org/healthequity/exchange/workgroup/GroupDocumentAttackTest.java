package org.healthequity.exchange.workgroup;

import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.files.FileRefused;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.HostileFiles;
import org.healthequity.exchange.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A group member uploading hostile documents, or filling the disk one allowed file at a time. */
@Tag("attack")
class GroupDocumentAttackTest extends IntegrationTest {

    private static final byte[] PDF = "%PDF-1.4\n% minutes\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    GroupMembership membership;

    @Autowired
    GroupDocuments documents;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    private WorkgroupFixture fixture;
    private String member;
    private long group;

    @BeforeEach
    void setUp() {
        String lead = fixture.person("Bea Lead", Network.HIM);
        member = fixture.person("Bo Member", Network.HIM);
        group = fixture.group("Bombs", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        fixture.addMember(group, lead, member);
        fixture.signIn(member);
    }

    @Test
    void wordDocumentBombsAreRefusedWithTheirReasonNextToTheUpload() {
        assertThatThrownBy(() -> documents.upload(group, "Bomb", "", "bomb.docx", HostileFiles.docxInflatingTo(300)))
                .isInstanceOfSatisfying(Refused.class, problem -> {
                    assertThat(problem.field()).isEqualTo("file");
                    assertThat(problem.messageKey()).isEqualTo(FileRefused.Reason.INFLATES_TOO_MUCH.messageKey());
                });
        assertThatThrownBy(() -> documents.upload(group, "Parts", "", "parts.docx",
                HostileFiles.docxWithEntries(5000))).isInstanceOfSatisfying(Refused.class,
                        problem -> assertThat(problem.messageKey())
                                .isEqualTo(FileRefused.Reason.TOO_MANY_PARTS.messageKey()));
    }

    @Test
    void memberCannotFillTheDiskBeyondTheirQuotaOneAllowedFileAtATime() {
        long document = documents.upload(group, "Minutes", "", "minutes.pdf", PDF);
        // as if the member had already uploaded their whole quota in allowed files
        jdbc.update("update work_group_document_version set size_bytes = ? where document_id = ?",
                GroupDocuments.MAX_BYTES_PER_PERSON, document);

        assertThatThrownBy(() -> documents.upload(group, "More", "", "more.pdf", PDF))
                .isInstanceOfSatisfying(Refused.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("workgroup.document.quota"));
        assertThatThrownBy(() -> documents.uploadVersion(document, "again.pdf", PDF))
                .isInstanceOfSatisfying(Refused.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("workgroup.document.quota"));
    }
}
