package org.healthequity.exchange.consultation;

import java.io.IOException;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.text.PDFTextStripper;
import org.healthequity.exchange.member.Network;
import org.healthequity.exchange.shared.i18n.Language;
import org.healthequity.exchange.support.Accounts;
import org.healthequity.exchange.support.IntegrationTest;
import org.healthequity.exchange.support.People;
import org.healthequity.exchange.workgroup.WorkgroupFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The synthesis PDF in the portal's scripts: Arabic, Russian and Chinese contributions, names and synthesis come out
 * as readable text in the fonts shipped with the application, whatever fonts the machine has.
 */
class ConsultationPdfIntegrationTest extends IntegrationTest {

    private static final String ARABIC = "العدالة في التغطية الصحية أولا";
    private static final String RUSSIAN = "Справедливость в финансировании прежде всего";
    private static final String CHINESE = "公平的医疗覆盖最重要";
    private static final String SYNTHESIS = "يوازن المشاركون بين التغطية والتمويل";

    @Autowired
    private ConsultationAdministration administration;

    @Autowired
    private Consultations consultations;

    @Autowired
    private ConsultationModeration moderation;

    @Autowired
    private People people;

    @Autowired
    private UserDetailsService users;

    @Test
    void arabicRussianAndChineseContributionsAndNamesAreReadableInThePdf() throws IOException {
        String layla = people.member("ليلى حداد", People.addressFor("layla"), Network.HIM);
        String ivan = people.member("Иван Петров", People.addressFor("ivan"), Network.HIM);
        String mei = people.member("王美玲", People.addressFor("mei"), Network.HIM);
        long id = closedWithSynthesis(List.of(layla, ivan, mei), List.of(ARABIC, RUSSIAN, CHINESE),
                SYNTHESIS + "\n\n" + RUSSIAN + "\n\n" + CHINESE);

        as(layla);
        long start = System.nanoTime();
        byte[] pdf = moderation.synthesisPdf(id, Language.ARABIC);
        long millis = (System.nanoTime() - start) / 1_000_000;

        String text = text(pdf);
        assertThat(text).contains(words(ARABIC), words(SYNTHESIS), "ليلى حداد", RUSSIAN, "Иван Петров", CHINESE,
                "王美玲");
        assertThat(fonts(pdf)).anyMatch(name -> name.contains("DejaVuSans"))
                .anyMatch(name -> name.contains("DroidSansFallback"));
        assertThat(pdf.length).as("a subset of the fonts, not the whole files (%d ms)", millis)
                .isLessThan(400_000);
    }

    @Test
    void anEnglishPdfOfLatinTextEmbedsOnlyTheLatinFont() throws IOException {
        String ana = people.member("Ana Souza", Network.HIM);
        long id = closedWithSynthesis(List.of(ana), List.of("Coverage first."), "Coverage comes first.");

        as(ana);
        byte[] pdf = moderation.synthesisPdf(id, Language.ENGLISH);

        assertThat(text(pdf)).contains("Coverage comes first.", "Ana Souza");
        assertThat(fonts(pdf)).isNotEmpty().allMatch(name -> name.contains("DejaVuSans"));
    }

    private long closedWithSynthesis(List<String> authors, List<String> texts, String synthesis) {
        as(WorkgroupFixture.SECRETARIAT);
        Instant opens = clock.instant();
        EditableConsultation draft = administration.create(new ConsultationForm("Monitoring inequality",
                "Which dimensions first?", "Background.", ConsultationScope.NETWORK, Network.HIM, null, List.of(),
                false, opens, opens.plus(Duration.ofDays(14)), List.of()));
        long id = administration.publish(draft.id(), draft.version()).id();
        List<Long> contributions = new ArrayList<>();
        for (int i = 0; i < authors.size(); i++) {
            as(authors.get(i));
            contributions.add(consultations.contribute(id, null, texts.get(i)));
        }
        as(WorkgroupFixture.SECRETARIAT);
        administration.close(id, administration.consultation(id).version());
        moderation.writeSynthesis(id, synthesis, Set.copyOf(contributions), -1);
        SecurityContextHolder.clearContext();
        return id;
    }

    private void as(String email) {
        Accounts.signIn(users, email);
    }

    /** The extracted text, Arabic presentation forms folded back to letters (NFKC), white space collapsed. */
    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
                    .replaceAll("\\s+", " ");
        }
    }

    private static String words(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private static List<String> fonts(byte[] pdf) throws IOException {
        List<String> names = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (var name : resources.getFontNames()) {
                    names.add(resources.getFont(name).getName());
                }
            }
        }
        return names;
    }
}
