package org.healthequity.exchange.shared.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.healthequity.exchange.support.HostileFiles;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class FileKindTest {

    @Test
    void recognisesAcceptedKindsByTheirContent() throws IOException {
        assertThat(FileKind.detect("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1))).contains(FileKind.PDF);
        assertThat(FileKind.detect(zip("word/document.xml", "[Content_Types].xml"))).contains(FileKind.DOCX);
        assertThat(FileKind.detect(HostileFiles.image("png", 20, 10)))
                .contains(FileKind.PNG);
        assertThat(FileKind.detect(HostileFiles.image("jpg", 20, 10)))
                .contains(FileKind.JPEG);
        assertThat(FileKind.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0}))
                .as("a PNG signature without a readable header is no image").isEmpty();
    }

    @Test
    void refusesRenamedExecutablesHtmlAndScripts() {
        assertThat(FileKind.detect("MZ\u0090\u0000 this program cannot be run in DOS mode"
                .getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.detect("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .isEmpty();
        assertThat(FileKind.detect("\u007fELF".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
        assertThat(FileKind.detect("<svg onload=alert(1)/>".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileKind.detect(new byte[0])).isEmpty();
    }

    @Test
    void refusesZipFilesThatAreNotWordDocumentsAndDocumentsWithMacros() throws IOException {
        assertThat(FileKind.detect(zip("payload.exe"))).isEmpty();
        assertThat(FileKind.detect(zip("word/document.xml", "word/vbaProject.bin"))).isEmpty();
    }

    static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    @Test
    void offersOnlyASafeNameWithTheDetectedExtension() {
        assertThat(FileKind.PDF.safeFileName("C:\\Users\\x\\report<1>.exe", "file", 255)).isEqualTo("report1.pdf");
        assertThat(FileKind.DOCX.safeFileName("../../etc/", "attachment", 255)).isEqualTo("attachment.docx");
        assertThat(FileKind.PDF.safeFileName("a".repeat(300) + ".pdf", "file", 20)).hasSize(20).endsWith(".pdf");
    }
}
