package org.healthequity.exchange.shared.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

import org.healthequity.exchange.casestudy.CaseStudyAuthoring;
import org.healthequity.exchange.casestudy.SavedDraft;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.member.NetworkService;
import org.healthequity.exchange.opencall.CallAdministration;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.UnwritableStore;
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

    private static final byte[] PDF = "%PDF-1.4\n% a report\n".getBytes(StandardCharsets.US_ASCII);

    @Autowired
    FileUploads uploadsTo;
    @Autowired
    FileStore store;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    NetworkService networks;
    @Autowired
    CaseStudyAuthoring authoring;
    @Autowired
    CallAdministration administration;

    @Test
    void aPhotoIsRefusedAndTheProfileKeepsNoPhoto() {
        String email = uploadsTo.person("Pia Photo");

        assertThatThrownBy(() -> whileBroken("photos", () -> uploadsTo.photo(email, png())))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(jdbc.queryForList("select photo_path from profile p join account a on a.id = p.account_id"
                + " where a.email = ? and photo_path is not null", String.class, email)).isEmpty();
    }

    @Test
    void aCaseStudyAttachmentIsRefusedAndTheDraftIsUnchanged() {
        SavedDraft draft = uploadsTo.caseStudyDraft("Store full");
        long before = store.area("case-studies").fileCount();

        assertThatThrownBy(() -> whileBroken("case-studies",
                () -> uploadsTo.caseStudyAttachment(draft, "map.png", png())))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(count("case_study_attachment where case_study_id = ?", draft.caseStudyId())).isZero();
        assertThat(store.area("case-studies").fileCount()).isEqualTo(before);
        assertThat(authoring.edit(draft.caseStudyId()).version()).as("the draft was not touched")
                .isEqualTo(draft.version());
    }

    @Test
    void anApplicationFileAndTheCallTermsAreRefusedWithoutARow() {
        FileUploads.Application started = uploadsTo.startedApplication("Fred Full", clock.instant());
        long call = started.call();

        assertThatThrownBy(() -> whileBroken("open-call",
                () -> uploadsTo.applicationFile(started, "letter.pdf", PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));
        assertThat(count("call_application_file where application_id = ?", started.id())).isZero();

        Accounts.signIn(users, "secretariat@example.org");
        assertThatThrownBy(() -> whileBroken("open-call", () -> administration.uploadTerms(call, PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.first().messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));
        assertThat(count("open_call where id = ? and terms_pdf is not null", call)).isZero();
    }

    @Test
    void aGroupDocumentIsRefusedAndTheGroupHasNoDocument() {
        FileUploads.GroupSpace group = uploadsTo.groupSpace("Lea Full", "Full disk");

        assertThatThrownBy(() -> whileBroken("group-documents",
                () -> uploadsTo.groupDocument(group, "Workplan", "workplan.pdf", PDF)))
                .isInstanceOfSatisfying(Refused.class,
                        p -> assertThat(p.messageKey()).isEqualTo(FileNotStored.MESSAGE_KEY));

        assertThat(count("work_group_document where group_id = ?", group.group())).isZero();
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
            var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
