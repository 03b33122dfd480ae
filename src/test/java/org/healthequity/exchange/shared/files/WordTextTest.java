package org.healthequity.exchange.shared.files;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.healthequity.exchange.support.WordDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class WordTextTest {

    @Test
    void takesTheTextOfAWordDocumentAParagraphALine() {
        byte[] docx = WordDocuments.docx("Clinic hours & access", "Night clinics in <three> districts");

        assertThat(FileKind.detect(docx)).contains(FileKind.DOCX);
        assertThat(WordText.extract(docx)).contains("Clinic hours & access\nNight clinics in <three> districts");
    }

    @Test
    void aDocumentNamingAnExternalEntityGivesNoneOfItsContent(@TempDir Path folder) throws Exception {
        Path secret = folder.resolve("secret.txt");
        Files.writeString(secret, "topsecretvalue", StandardCharsets.UTF_8);
        byte[] docx = WordDocuments.withMainPart("<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \""
                + secret.toUri() + "\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/"
                + "2006/main\"><w:body><w:p><w:r><w:t>before &x; after</w:t></w:r></w:p></w:body></w:document>");

        assertThat(WordText.extract(docx).orElse("")).doesNotContain("topsecretvalue");
    }

    @Test
    void aFileThatIsNoWordDocumentHasNoText() {
        assertThat(WordText.extract("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }
}
