package org.healthequity.exchange.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.healthequity.exchange.support.HostileFiles;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Decompression bombs against the one place that recognises every upload: each is refused with its reason while being
 * read, within the test JVM's 1 GB, before anything is decoded in full.
 */
@Tag("attack")
class FileBombAttackTest {

    @Test
    void sixteenBitPngOfSixtyFourMegapixelsIsRefusedFromItsHeader() {
        byte[] bomb = HostileFiles.sixteenBitPng(8000);
        assertThat(bomb.length).as("small on disk, 128 MB decoded").isLessThan(200 * 1024);

        assertThatThrownBy(() -> FileKind.detect(bomb)).isInstanceOfSatisfying(FileRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FileRefused.Reason.TOO_MANY_PIXELS));
    }

    @Test
    void imageStripOfOnePixelsHeightBeyondTheSideLimitIsRefused() {
        byte[] strip = HostileFiles.image("png", UploadLimits.MAX_IMAGE_SIDE + 1, 1);

        assertThatThrownBy(() -> FileKind.detect(strip)).isInstanceOfSatisfying(FileRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FileRefused.Reason.TOO_MANY_PIXELS));
    }

    @Test
    void wordDocumentWithThousandsOfEntriesIsRefusedWhileReading() {
        byte[] bomb = HostileFiles.docxWithEntries(5000);

        assertThatThrownBy(() -> FileKind.detect(bomb)).isInstanceOfSatisfying(FileRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FileRefused.Reason.TOO_MANY_PARTS));
    }

    @Test
    void wordDocumentWhoseTextInflatesToHundredsOfMegabytesIsRefusedWhileInflating() {
        byte[] bomb = HostileFiles.docxInflatingTo(300);
        assertThat(bomb.length).as("a few hundred KB on disk").isLessThan(1024 * 1024);

        assertThatThrownBy(() -> FileKind.detect(bomb)).isInstanceOfSatisfying(FileRefused.class,
                refused -> assertThat(refused.reason()).isEqualTo(FileRefused.Reason.INFLATES_TOO_MUCH));
    }

    @Test
    void ordinaryImagesAndDocumentsStillPass() throws IOException {
        assertThat(FileKind.detect(HostileFiles.image("png", 4000, 4000))).contains(FileKind.PNG);
        assertThat(FileKind.detect(HostileFiles.image("jpg", 1200, 800))).contains(FileKind.JPEG);
        assertThat(FileKind.detect(HostileFiles.docxWithEntries(50))).contains(FileKind.DOCX);
        assertThat(FileKind.detect(wordDocumentOfText(3))).as("megabytes of ordinary text").contains(FileKind.DOCX);
    }

    private static byte[] wordDocumentOfText(int megabytes) throws IOException {
        Random random = new Random(13);
        String[] words = {"health", "equity", "district", "housing", "survey", "quintile", "region", "access"};
        StringBuilder text = new StringBuilder("<w:document>");
        while (text.length() < megabytes * 1024 * 1024) {
            text.append("<w:t>").append(words[random.nextInt(words.length)]).append(' ')
                    .append(random.nextInt(100_000)).append("</w:t>");
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(text.append("</w:document>").toString().getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    @Test
    void uploadNamesWithPathsLineBreaksAndBidiOverridesAreReducedToOneSafeSegment() {
        assertThat(FileKind.PDF.safeFileName("../../etc/passwd\r\nSet-Cookie: a=b", "file", 255))
                .isEqualTo("passwdSet-Cookie a=b.pdf");
        assertThat(FileKind.PDF.safeFileName("..\\..\\boot.ini", "file", 255)).isEqualTo("boot.pdf");
        assertThat(FileKind.PDF.safeFileName("invoice\u202Egpj.exe", "file", 255)).isEqualTo("invoicegpj.pdf");
        assertThat(FileKind.PDF.safeFileName("line\u2028break\u0085.pdf", "file", 255)).isEqualTo("linebreak.pdf");
    }
}
