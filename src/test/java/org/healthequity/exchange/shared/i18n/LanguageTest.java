package org.healthequity.exchange.shared.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void theBrowsersFirstLanguageThePortalSpeaksIsTheFirstGuess() {
        assertThat(Language.bestMatch(List.of(Locale.of("de", "CH"), Locale.of("fr", "CH"), Locale.ENGLISH)))
                .contains(Language.FRENCH);
        assertThat(Language.bestMatch(List.of(Locale.forLanguageTag("zh-Hans-CN")))).contains(Language.CHINESE);
        assertThat(Language.bestMatch(List.of(Locale.of("pt", "BR")))).isEmpty();
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        assertThat(Arrays.stream(Language.values()).filter(Language::rightToLeft))
                .containsExactly(Language.ARABIC);
    }

    @Test
    void codesAreReadLeniently() {
        assertThat(Language.ofCode("ES-mx")).contains(Language.SPANISH);
        assertThat(Language.ofCode("ru_RU")).contains(Language.RUSSIAN);
        assertThat(Language.ofCode("xx")).isEmpty();
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
    }

    @Test
    void datesAreFormattedByTheBrowsersRegionWithinTheChosenLanguage() {
        List<Locale> british = List.of(Locale.forLanguageTag("en-GB"), Locale.ENGLISH);
        assertThat(Language.ENGLISH.formattingLocale(Language.ENGLISH.regionIn(british).orElse(null)))
                .isEqualTo(Locale.forLanguageTag("en-GB"));
        // A Canadian browser reading the portal in French, a Mexican one in Spanish, an Egyptian one in Arabic.
        assertThat(Language.FRENCH.regionIn(List.of(Locale.forLanguageTag("en-CA"), Locale.forLanguageTag("fr-CA"))))
                .contains("CA");
        assertThat(Language.SPANISH.regionIn(List.of(Locale.forLanguageTag("es-MX")))).contains("MX");
        assertThat(Language.ARABIC.formattingLocale("EG")).isEqualTo(Locale.forLanguageTag("ar-EG"));
    }

    @Test
    void aBrowserReadingAnotherLanguageLendsItsRegion() {
        // English chosen in a browser that only names fr-CA: Canadian conventions, in English.
        assertThat(Language.ENGLISH.regionIn(List.of(Locale.forLanguageTag("fr-CA"), Locale.FRENCH))).contains("CA");
        assertThat(Language.ENGLISH.regionIn(List.of(Locale.FRENCH))).isEmpty();
    }

    @Test
    void withoutAUsableRegionALanguageUsesItsMostLikelyOne() {
        assertThat(Language.FRENCH.formattingLocale(null)).isEqualTo(Locale.forLanguageTag("fr-FR"));
        assertThat(Language.CHINESE.formattingLocale("")).isEqualTo(Locale.forLanguageTag("zh-CN"));
        assertThat(Language.RUSSIAN.formattingLocale("<script>")).isEqualTo(Locale.forLanguageTag("ru-RU"));
        assertThat(Language.SPANISH.formattingLocale("419")).isEqualTo(Locale.forLanguageTag("es-419"));
        // The language always stays one of the six.
        assertThat(Language.of(Language.ARABIC.formattingLocale("EG"))).isEqualTo(Language.ARABIC);
    }
}
