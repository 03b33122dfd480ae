package org.healthequity.exchange.member.ui;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.awt.image.BufferedImage;

import javax.imageio.ImageIO;

import org.healthequity.exchange.shared.files.FileStore;
import org.healthequity.exchange.support.UnwritableStore;
import org.healthequity.exchange.support.ViewTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.flow.component.html.Paragraph;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

/** What a person sees when the file store cannot keep their upload: the reason next to it, and nothing changed. */
class FullFileStoreViewTest extends ViewTest {

    @Autowired
    FileStore store;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aPhotoTheStoreCannotKeepIsExplainedNextToTheUploadInThePersonsLanguage() throws IOException {
        login("researcher@example.org");
        navigate("my/profile");
        String before = photo();
        byte[] png = png();

        UnwritableStore.whileUnwritable(store, "photos", () -> _get(MyProfileView.class).photoUploaded(png));

        assertThat(_find(Paragraph.class).stream().filter(Paragraph::isVisible).map(Paragraph::getText))
                .contains("The file could not be stored right now. Please try again later; nothing was saved.");
        assertThat(photo()).isEqualTo(before);
    }

    private String photo() {
        return jdbc.queryForList("select coalesce(photo_path, '') from profile p join account a on a.id = p.account_id"
                + " where a.email = 'researcher@example.org'", String.class).stream().findFirst().orElse("");
    }

    private static byte[] png() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }
}
