package org.healthequity.exchange.shared.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.healthequity.exchange.casestudy.CaseStudyAttachments;
import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.CaseStudyFixture;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkService;
import org.healthequity.exchange.member.ProfileService;
import org.healthequity.exchange.moderation.ModerationQueue;
import org.healthequity.exchange.opencall.ApplicationSubmission;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.opencall.OpenCallFixture;
import org.healthequity.exchange.opencall.SavedApplication;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.UnwritableStore;
import org.healthequity.exchange.workgroup.GroupDiscussions;
import org.healthequity.exchange.workgroup.GroupDocuments;
import org.healthequity.exchange.workgroup.GroupMembership;
import org.healthequity.exchange.workgroup.GroupVisibility;
import org.healthequity.exchange.workgroup.JoinPolicy;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.healthequity.exchange.workgroup.WorkingGroups;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every upload path when the file store cannot write (here: a regular file where its folder should be, which stops
 * root too): the person is told the file could not be stored, and neither a row nor a file is left behind.
 */
class UploadsIntoAFailingStoreIntegrationTest extends IntegrationTest {

    @Autowired
    private WorkgroupFixture workgroupFixture;

    @Autowired
    private OpenCallFixture openCallFixture;

    @Autowired
    private CaseStudyFixture caseStudyFixture;

    private static final byte[] PDF = "%PDF-1.4\n% a report\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    ProfileService profiles;
    @Autowired
    NetworkService networks;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CaseStudyAttachments attachments;
    @Autowired
    ModerationQueue queue;
    @Autowired
    CallAdministration administration;
    @Autowired
    ApplicationSubmission submission;
    @Autowired
    WorkingGroups groups;
    @Autowired
    GroupMembership membership;
    @Autowired
    GroupDiscussions discussions;
    @Autowired
    GroupDocuments documents;

    @Test
    void aPhotoIsRefusedAndTheProfileKeepsNoPhoto() {
        String email = workgroupFixture.person("Pia Photo", null);
        Accounts.signIn(users, email);

        assertThatThrownBy(() -> whileBroken("photos", () -> profiles.setMyPhoto(png())))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(jdbc.queryForList("select photo_path from profile p join account a on a.id = p.account_id"
                + " where a.email = ? and photo_path is not null", String.class, email)).isEmpty();
    }

    @Test
    void aCaseStudyAttachmentIsRefusedAndTheDraftIsUnchanged() {
        CaseStudyFixture fixture = caseStudyFixture;
        SavedDraft draft = fixture.draft(CaseStudyFixture.AUTHOR, CaseStudyFixture.complete("Store full"));
        long before = store.area("case-studies").fileCount();

        assertThatThrownBy(() -> whileBroken("case-studies",
                () -> attachments.addAttachment(draft.caseStudyId(), draft.version(), "map.png", png())))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(count("case_study_attachment where case_study_id = ?", draft.caseStudyId())).isZero();
        assertThat(store.area("case-studies").fileCount()).isEqualTo(before);
        assertThat(authoring.edit(draft.caseStudyId()).version()).as("the draft was not touched")
                .isEqualTo(draft.version());
    }

    @Test
    void anApplicationFileAndTheCallTermsAreRefusedWithoutARow() {
        OpenCallFixture fixture = openCallFixture;
        long call = fixture.openCallClosingIn(clock.instant(), 10);
        fixture.newApplicant("Fred Full");
        SavedApplication started = submission.start(call, OpenCallFixture.eligible("Makerere University", "UG"));

        assertThatThrownBy(() -> whileBroken("open-call",
                () -> submission.addFile(started.id(), "letter", "letter.pdf", PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));
        assertThat(count("call_application_file where application_id = ?", started.id())).isZero();

        fixture.signIn(OpenCallFixture.SECRETARIAT);
        assertThatThrownBy(() -> whileBroken("open-call", () -> administration.uploadTerms(call, PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));
        assertThat(count("open_call where id = ? and terms_pdf is not null", call)).isZero();
    }

    @Test
    void aGroupDocumentIsRefusedAndTheGroupHasNoDocument() {
        WorkgroupFixture fixture = workgroupFixture;
        String lead = fixture.person("Lea Full", Network.HIM);
        long group = fixture.group("Full disk", Network.HIM, GroupVisibility.PRIVATE, JoinPolicy.INVITATION, lead);
        fixture.signIn(lead);

        assertThatThrownBy(() -> whileBroken("group-documents",
                () -> documents.upload(group, "Workplan", "", "workplan.pdf", PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(count("work_group_document where group_id = ?", group)).isZero();
    }

    @Test
    void networkTermsAreRefusedAndThePreviousOnesStay() {
        Accounts.signIn(users, "secretariat@example.org");
        byte[] before = networks.termsPdf(Network.GKNHE).orElse(null);

        assertThatThrownBy(() -> whileBroken("networks", () -> networks.uploadTermsPdf(Network.GKNHE, PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(networks.termsPdf(Network.GKNHE).orElse(null)).isEqualTo(before);
    }

    private void whileBroken(String area, Runnable action) {
        UnwritableStore.whileUnwritable(store, area, action);
    }

    private long count(String fromWhere, Object argument) {
        Long count = jdbc.queryForObject("select count(*) from " + fromWhere, Long.class, argument);
        return count == null ? 0 : count;
    }

    private static byte[] png() {
        try {
            var image = new java.awt.image.BufferedImage(40, 30, java.awt.image.BufferedImage.TYPE_INT_RGB);
            var out = new java.io.ByteArrayOutputStream();
            javax.imageio.ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
