package org.healthequity.exchange.member;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.imageio.ImageIO;

import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.shared.files.LocalFileStore;
import org.healthequity.exchange.shared.files.UploadLimits;
import org.healthequity.exchange.shared.security.ExchangeUser;
import org.healthequity.exchange.shared.validation.Refused;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Photos are checked by content, re-encoded, shown only to whom the person allows, and go with the account. */
class ProfilePhotoIntegrationTest extends IntegrationTest {

    @Autowired
    private People people;

    private static final String PASSWORD = "a long walk to Geneva";

    @Autowired
    ProfileService profiles;

    @Autowired
    DirectoryService directory;

    @Autowired
    PersonalDataService personalData;

    @Autowired
    AccountDeletion deletion;

    @Autowired
    AccountService accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    FileStore fileStore;

    @Test
    void aPhotoIsReencodedAndScaledDown() throws IOException {
        ExchangeUser me = person(Visibility.MEMBERS);
        profiles.setMyPhoto(image("png", 1200, 900));
        Path stored = storedPhoto(me);
        byte[] bytes = Files.readAllBytes(stored);
        assertThat(bytes[0] & 0xff).as("JPEG, whatever came in").isEqualTo(0xFF);
        assertThat(bytes[1] & 0xff).isEqualTo(0xD8);
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(bytes));
        assertThat(Math.max(read.getWidth(), read.getHeight())).isEqualTo(PhotoStore.SIZE);
        assertThat(stored.getFileName().toString()).startsWith(me.accountId() + "-").endsWith(".jpg");

        profiles.setMyPhoto(image("jpg", 200, 200));
        assertThat(stored).as("the previous photo is deleted").doesNotExist();
    }

    @Test
    void refusesWhatIsNotAPhotoWhateverItsName() {
        person(Visibility.MEMBERS);
        assertRefused("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                "profile.photo.not-an-image");
        assertRefused(new byte[] { 0x4d, 0x5a, (byte) 0x90, 0, 3, 0, 0, 0 }, "profile.photo.not-an-image");
        assertRefused(image("gif", 50, 50), "profile.photo.not-an-image");
        assertRefused(new byte[PhotoStore.MAX_BYTES + 1], "profile.photo.too-large");
        assertRefused(image("png", UploadLimits.MAX_IMAGE_SIDE + 1, 2),
                "file.refused.too-many-pixels");
    }

    @Test
    void thePhotoIsServedOnlyToWhomThePersonAllows() {
        ExchangeUser me = person(Visibility.MEMBERS);
        profiles.setMyPhoto(image("png", 100, 100));
        assertThat(directory.photo(me.accountId())).as("the person sees their own photo").isPresent();
        SecurityContextHolder.clearContext();
        assertThat(directory.photo(me.accountId())).as("a visitor does not").isEmpty();
        Accounts.signIn(users, "member@example.org");
        assertThat(directory.photo(me.accountId())).as("a network member does").isPresent();
    }

    @Test
    void thePhotoTravelsInTheDownloadAndGoesWithTheAccount() throws IOException {
        ExchangeUser me = person(Visibility.PUBLIC);
        profiles.setMyPhoto(image("png", 100, 100));
        Path stored = storedPhoto(me);
        boolean photoInZip = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(personalData.exportMyData()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                photoInZip |= entry.getName().equals("photo.jpg");
            }
        }
        assertThat(photoInZip).isTrue();
        deletion.deleteMyAccount(PASSWORD);
        assertThat(stored).doesNotExist();
    }

    private void assertRefused(byte[] upload, String reason) {
        assertThatThrownBy(() -> profiles.setMyPhoto(upload)).isInstanceOf(Refused.class)
                .extracting(e -> ((Refused) e).messageKey()).isEqualTo(reason);
    }

    private Path storedPhoto(ExchangeUser me) {
        String name = jdbc.queryForObject("select photo_path from profile where account_id = ?", String.class,
                me.accountId());
        return ((LocalFileStore) fileStore).root().resolve("photos").resolve(name);
    }

    private ExchangeUser person(Visibility photoVisibility) {
        String email = people.withProfile(people.applicant("Photo Person"), loaded -> new ProfileForm(null, null,
                "KE", null, true, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC, Visibility.PUBLIC,
                Visibility.PUBLIC, Visibility.PUBLIC, Set.of(), Set.of(), photoVisibility));
        Accounts.signIn(users, email);
        return (ExchangeUser) users.loadUserByUsername(email);
    }

    private static byte[] image(String format, int width, int height) {
        try {
            BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            image.setRGB(0, 0, 0x336699);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
